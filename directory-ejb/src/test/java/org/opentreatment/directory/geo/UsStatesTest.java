package org.opentreatment.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsStatesTest {

    private final UsStates states = UsStates.load();

    @ParameterizedTest
    @ValueSource(strings = {"oh", "OH", "Oh", " OH ", "O.H.", "Ohio", "OHIO", "ohio", " Ohio. "})
    void findsOhioByCodeOrName(String text) {
        assertThat(states.find(text)).map(UsState::code).hasValue("OH");
    }

    @Test
    void findsNamesWithSeveralWordsAndAccents() {
        assertThat(states.find("district of columbia")).map(UsState::code).hasValue("DC");
        assertThat(states.find("NORTH  CAROLINA")).map(UsState::code).hasValue("NC");
        assertThat(states.find("Hawaiʻi")).map(UsState::code).hasValue("HI");
        assertThat(states.find("Tennessée")).map(UsState::code).hasValue("TN");
    }

    @Test
    void codesAreNotReadAsAbbreviations() {
        // "MT" would become "mount" if codes went through the name normalization first.
        assertThat(states.find("MT")).map(UsState::name).hasValue("Montana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ZZ", "O", "Ohi", "Franklin County", "Mount"})
    void findsNothingForOtherText(String text) {
        assertThat(states.find(text)).isEmpty();
    }

    @Test
    void findsNothingForNull() {
        assertThat(states.find(null)).isEmpty();
    }

    @Test
    void keepsTheOrderAndFieldsOfTheFile() throws IOException {
        List<String> codesInFile = new ArrayList<>();
        try (InputStream in = UsStates.class.getResourceAsStream(UsStates.RESOURCE);
                CSVParser parser =
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord row : parser) {
                codesInFile.add(row.get("usps"));
            }
        }

        assertThat(states.all()).extracting(UsState::code).containsExactlyElementsOf(codesInFile);
        assertThat(states.all().get(0))
                .isEqualTo(new UsState("AL", "01", "Alabama", "South", "East South Central", 4));
    }

    @Test
    void territoriesHaveNoCensusRegion() {
        assertThat(states.find("PR"))
                .get()
                .satisfies(
                        pr -> {
                            assertThat(pr.censusRegion()).isNull();
                            assertThat(pr.hhsRegion()).isEqualTo(2);
                        });
        // 50 states and DC are in a Census region; the territories are not.
        assertThat(states.all()).filteredOn(state -> state.censusRegion() != null).hasSize(51);
    }

    @Test
    void theListCannotBeChanged() {
        List<UsState> all = states.all();

        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
