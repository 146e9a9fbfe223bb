package org.opentreatment.directory.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "614-555-0123          | tel:+16145550123",
                "(614) 555-0123        | tel:+16145550123",
                "+1 614 555 0123       | tel:+16145550123",
                "1-800-662-4357        | tel:+18006624357",
                "614-555-0123 x12      | tel:+16145550123;ext=12",
                "614.555.0123 ext. 7   | tel:+16145550123;ext=7",
                "988                   | tel:988"
            })
    void listedNumbersBecomeDialableLinks(String listed, String uri) {
        assertThat(PhoneNumbers.telUri(listed.strip())).isEqualTo(uri);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noNumberGivesNoLink(String listed) {
        assertThat(PhoneNumbers.telUri(listed)).isNull();
    }
}
