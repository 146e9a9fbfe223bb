package org.opentreatment.directory.web.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacilityLinksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://find.example.org        | https://find.example.org/facility/12/harbor-recovery",
                "https://find.example.org/       | https://find.example.org/facility/12/harbor-recovery",
                "https://example.org/directory   | https://example.org/directory/facility/12/harbor-recovery",
                "http://localhost:8080/          | http://localhost:8080/facility/12/harbor-recovery"
            })
    void pagesHangUnderTheSiteBase(String base, String url) {
        assertThat(FacilityLinks.absolute(base.strip(), 12, "harbor-recovery"))
                .isEqualTo(url.strip());
    }

    @ParameterizedTest
    @CsvSource({"12,, /facility/12", "12, harbor, /facility/12/harbor"})
    void theSlugIsOptional(long id, String slug, String path) {
        assertThat(FacilityLinks.path(id, slug)).isEqualTo(path);
    }
}
