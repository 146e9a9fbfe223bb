package org.opentreatment.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.TypeOfCare;
import org.opentreatment.directory.imports.locator.LabelOutcome;

/** Reading the locator's pages: streamed into rows, and each row into a listing's draft. */
class LocatorFormatTest {

    private final LocatorFormat format = new LocatorFormat();

    private record Staged(int row, String key, String content) {}

    private List<Staged> stage(String json) {
        List<Staged> rows = new ArrayList<>();
        Integer total =
                format.stage(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        (row, key, content) -> rows.add(new Staged(row, key, content)));
        assertThat(total).isEqualTo(json.contains("recordCount") ? 2 : null);
        return rows;
    }

    @Test
    void aPageIsStagedRowByRowWithEachRowsFrid() {
        List<Staged> rows =
                stage(
                        "{\"page\": 1, \"totalPages\": 1, \"recordCount\": 2, \"meta\": {\"a\": [1]},"
                                + " \"rows\": [{\"frid\": \"a1\", \"name1\": \"A\"}, {\"name1\": \"B\"}]}");

        assertThat(rows)
                .extracting(Staged::row, Staged::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "a1"),
                        org.assertj.core.groups.Tuple.tuple(2, null));
        assertThat(rows.get(0).content()).contains("\"name1\":\"A\"");
    }

    @Test
    void filesThatAreNotAnExportAreRefusedSayingWhy() {
        assertThatThrownBy(() -> stage("[1, 2]")).hasMessageContaining("does not start with {");
        assertThatThrownBy(() -> stage("{\"page\": 1}")).hasMessageContaining("it has no rows");
        assertThatThrownBy(() -> stage("{\"rows\": {}}"))
                .hasMessageContaining("rows is not a list");
        assertThatThrownBy(() -> stage("{\"rows\": [{\"frid\": "))
                .isInstanceOf(ImportRefused.class)
                .hasMessageContaining("breaks off at line 1");
    }

    @Test
    void aRowBecomesAListingWithItsServicesAndWhatWasNotMapped() {
        ImportedRecord record =
                format.read(
                        "{\"frid\": \"f1\", \"name1\": \"Riverside\", \"name2\": \"\","
                                + " \"street1\": \"1 Main St\", \"city\": \"Columbus\", \"state\": \"oh\","
                                + " \"zip\": \"43215-1234\", \"phone\": \"\", \"intake1\": \"614-555-0101\","
                                + " \"website\": \"www.example.org\", \"latitude\": 39.96, \"longitude\": \"-82.99\","
                                + " \"typeFacility\": \"XX\", \"services\": [{\"f1\": \"Type of Care\","
                                + " \"f2\": \"TC\", \"f3\": \"Substance use treatment\"}, {\"f1\": \"Type of"
                                + " Opioid Treatment\", \"f2\": \"OT\", \"f3\": \"Buprenorphine used in"
                                + " Treatment; Levitation\"}]}");

        assertThat(record.problems()).isEmpty();
        assertThat(record.externalSource()).isEqualTo(LocatorFormat.SOURCE);
        assertThat(record.externalId()).isEqualTo("f1");
        var draft = record.draft();
        assertThat(draft.getName()).isEqualTo("Riverside");
        assertThat(draft.getAlternateName()).isNull();
        assertThat(draft.getAddress().getState()).isEqualTo("OH");
        assertThat(draft.getAddress().getZip()).isEqualTo("43215");
        assertThat(draft.getPhone()).isEqualTo("614-555-0101");
        assertThat(draft.getWebsite()).isEqualTo("http://www.example.org");
        assertThat(draft.getLatitude()).isEqualTo(39.96);
        assertThat(draft.getLongitude()).isEqualTo(-82.99);
        assertThat(draft.getTypesOfCare()).containsExactly(TypeOfCare.SUBSTANCE_USE);
        assertThat(draft.getMedications()).containsExactly(Medication.BUPRENORPHINE);
        assertThat(record.labels())
                .filteredOn(l -> l.kind() == LabelOutcome.Kind.UNKNOWN)
                .extracting(LabelOutcome::groupCode, LabelOutcome::label)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("OT", "Levitation"),
                        org.assertj.core.groups.Tuple.tuple("typeFacility", "XX"));
    }

    @Test
    void unreadableValuesAndAMissingFridAreProblemsOfTheRow() {
        ImportedRecord record =
                format.read("{\"name1\": \"A\", \"latitude\": \"north\", \"longitude\": \"\"}");

        assertThat(record.problems())
                .extracting(ListingProblem::field, ListingProblem::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("frid", null),
                        org.assertj.core.groups.Tuple.tuple("latitude", "north"));
        assertThat(record.hasExternalReference()).isFalse();
    }
}
