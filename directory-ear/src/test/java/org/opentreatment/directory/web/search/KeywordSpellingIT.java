package org.opentreatment.directory.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;

/**
 * Misspelt keywords find what the right words find, over the API and on the page, against the
 * packaged EAR and its sample listings in a real index; and both offer the right spelling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeywordSpellingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final Pattern RESULT =
            Pattern.compile("<li class=\"result\" data-id=\"(\\d+)\"");

    private static JsonObject api(String keywords) {
        Http.Answer answer =
                Http.get(
                        "/api/v1/facilities?size=100&q="
                                + URLEncoder.encode(keywords, StandardCharsets.UTF_8));
        assertThat(answer.status()).as("status for %s", keywords).isEqualTo(200);
        return answer.json();
    }

    private static List<Long> ids(JsonObject answer) {
        return answer.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue())
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "suboxon, suboxone",
        "methadon, methadone",
        "vivitral, vivitrol",
        "buprenorphin, buprenorphine",
        "rehabb, rehab",
    })
    void aMisspeltWordFindsWhatTheWordFindsAndTheApiSaysHowItIsSpelt(String typo, String word) {
        JsonObject right = api(word);
        JsonObject misspelt = api(typo);

        assertThat(right.getInt("total")).as("listings for %s", word).isPositive();
        assertThat(misspelt.getInt("total")).isEqualTo(right.getInt("total"));
        assertThat(ids(misspelt)).containsExactlyElementsOf(ids(right));
        assertThat(right.containsKey("didYouMean")).isFalse();
        JsonObject didYouMean = misspelt.getJsonObject("didYouMean");
        assertThat(didYouMean.getString("q")).isEqualTo(word);
        assertThat(didYouMean.getString("url"))
                .isEqualTo("/api/v1/facilities?q=" + word + "&size=100");
        assertThat(Http.get(didYouMean.getString("url")).json().getInt("total"))
                .isEqualTo(right.getInt("total"));
    }

    @Test
    void aMisspeltWordAmongOthersStillNeedsEveryWord() {
        int both = api("suboxone medicaid").getInt("total");
        assertThat(api("suboxon medicaid").getInt("total")).isEqualTo(both);
        assertThat(api("suboxone").getInt("total")).isGreaterThanOrEqualTo(both);
        // A word that is no typo of anything still has to match
        assertThat(api("suboxon zzyzzyx").getInt("total")).isZero();
    }

    @Test
    void thePageFindsTheSameAndLinksToTheRightSpelling() {
        Http.Answer right = Http.get("/?q=suboxone&size=100");
        Http.Answer misspelt = Http.get("/?q=suboxon&size=100");

        assertThat(misspelt.status()).isEqualTo(200);
        assertThat(all(misspelt.body())).isNotEmpty().containsExactlyElementsOf(all(right.body()));
        assertThat(right.body()).doesNotContain("id=\"did-you-mean\"");
        assertThat(misspelt.body())
                .contains("id=\"did-you-mean\"")
                .containsPattern(
                        "<a class=\"keyword-suggestion\" href=\"/\\?q=suboxone&amp;size=100\">suboxone</a>");
    }

    @Test
    void theSpanishPageAsksInSpanish() {
        assertThat(Http.get("/?q=suboxon&lang=es").body()).contains("¿Quiso decir");
    }

    private static List<String> all(String html) {
        Matcher m = RESULT.matcher(html);
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
