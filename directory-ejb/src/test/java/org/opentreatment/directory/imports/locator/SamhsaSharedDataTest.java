package org.opentreatment.directory.imports.locator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.facility.SamhsaCodes;
import org.opentreatment.directory.imports.locator.LabelOutcome.Kind;
import org.opentreatment.directory.imports.locator.LocatorRecords.Applied;

/**
 * The real SAMHSA files beside the project, which it may read but not commit: the 2019 locator
 * export's sample and the 2015 directory's codes. They are in {@code /work/shared/data} on every
 * development and CI machine; {@code -Ddirectory.sharedData=...} names another place.
 */
class SamhsaSharedDataTest {

    static final String PROPERTY = "directory.sharedData";

    /**
     * The property, or {@code ../../shared/data} from the module (where surefire runs), or {@code
     * ../shared/data} from the repository root (where an IDE may run).
     */
    static Path sharedData() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Stream.of("../../shared/data", "../shared/data")
                .map(relative -> here.resolve(relative).normalize())
                .filter(Files::isDirectory)
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "No shared/data two levels or one above "
                                                + here
                                                + "; set -D"
                                                + PROPERTY
                                                + "=/work/shared/data"));
    }

    private static List<Applied> sample() throws IOException {
        Path file = sharedData().resolve("findtreatment-locator-sample-2019.json");
        return LocatorRecords.rows(Files.newInputStream(file)).stream()
                .map(LocatorRecords::apply)
                .toList();
    }

    @Test
    void noLabelOfThe2019SampleIsUnknown() throws IOException {
        List<Applied> records = sample();

        assertThat(records).hasSize(30);
        assertThat(records).allSatisfy(r -> assertThat(r.typeKnown()).as(r.frid()).isTrue());
        assertThat(records.stream().flatMap(r -> r.outcomes(Kind.UNKNOWN).stream())).isEmpty();
    }

    @Test
    void theTableOfChoicesHasEveryLabelOfThe2019Sample() throws IOException {
        List<String> chosen =
                LocatorServiceGroupsTest.LABELS_2019.stream()
                        .map(c -> c.group() + ": " + c.label())
                        .toList();

        assertThat(
                        sample().stream()
                                .flatMap(r -> r.outcomes().stream())
                                .map(o -> o.groupCode() + ": " + o.label())
                                .distinct())
                .allSatisfy(label -> assertThat(chosen).contains(label));
    }

    @Test
    void every2015LabelOfOneOfOurCodesMapsToIt() throws IOException {
        Path file = sharedData().resolve("samhsa-national-directory-2015-codes.csv");
        List<String> checked = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format =
                    CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String code = row.get("code");
                String label = row.get("label");
                for (Class<? extends SamhsaCoded> type : SamhsaCodes.VOCABULARIES) {
                    Optional<SamhsaCoded> value = fromCode(type, code);
                    if (value.isPresent()) {
                        assertThat(fromLabel(type, label))
                                .as("%s %s", code, label)
                                .isEqualTo(value);
                        checked.add(code);
                    }
                }
            }
        }
        // Enough of the file names our codes for the check to mean something.
        assertThat(checked).hasSizeGreaterThan(70);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<SamhsaCoded> fromCode(Class<? extends SamhsaCoded> type, String code) {
        return SamhsaCodes.fromCode((Class) type, code);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<SamhsaCoded> fromLabel(
            Class<? extends SamhsaCoded> type, String label) {
        return SamhsaCodes.fromLabel((Class) type, label);
    }
}
