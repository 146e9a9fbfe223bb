package org.opentreatment.directory.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.management.Tally;

class DeskViewsTest {

    @Test
    void theChartIsABarChartOfTheSameNumbersAsTheTable() {
        JsonObject chart =
                Json.createReader(
                                new StringReader(
                                        DashboardView.barChart(
                                                List.of(
                                                        new Tally("CA", 2100),
                                                        new Tally("OH", 900)),
                                                "Listings")))
                        .readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("CA", "OH");
        JsonObject dataset = data.getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("label")).isEqualTo("Listings");
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(2100);
        assertThat(dataset.getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(900);
        assertThat(chart.getJsonObject("options").getBoolean("animation")).isFalse();
    }

    @Test
    void theStalePageReadsItsAddressForgivingly() {
        assertThat(StaleView.page("3")).isEqualTo(3);
        assertThat(StaleView.page(null)).isEqualTo(1);
        assertThat(StaleView.page("0")).isEqualTo(1);
        assertThat(StaleView.page("-2")).isEqualTo(1);
        assertThat(StaleView.page("two")).isEqualTo(1);
        assertThat(StaleView.page("99999999999")).isEqualTo(1);
        assertThat(StaleView.state("oh")).isEqualTo("OH");
        assertThat(StaleView.state(" TX ")).isEqualTo("TX");
        assertThat(StaleView.state("Ohio")).isNull();
        assertThat(StaleView.state("")).isNull();
        assertThat(StaleView.state(null)).isNull();
    }
}
