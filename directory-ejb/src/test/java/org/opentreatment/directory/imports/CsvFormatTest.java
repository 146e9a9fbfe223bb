package org.opentreatment.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.facility.Medication;

/** Reading the directory's CSV: a header of known columns, rows keyed by uuid or reference. */
class CsvFormatTest {

    private final CsvFormat format = new CsvFormat();

    private List<String[]> stage(String csv) {
        List<String[]> rows = new ArrayList<>();
        format.stage(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                (row, key, content) ->
                        rows.add(new String[] {Integer.toString(row), key, content}));
        return rows;
    }

    @Test
    void rowsAreKeyedByUuidElseByExternalReferenceElseNothing() {
        String uuid = UUID.randomUUID().toString();
        List<String[]> rows =
                stage(
                        "\uFEFFuuid,external_source,external_id,name\r\n"
                                + uuid
                                + ",,,A\r\n,findtreatment,f9,B\r\n,,,\"C, with a comma\"\r\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)[1]).isEqualTo(uuid);
        assertThat(rows.get(1)[1]).isEqualTo("findtreatment:f9");
        assertThat(rows.get(2)[1]).isNull();
        assertThat(format.read(rows.get(2)[2]).draft().getName()).isEqualTo("C, with a comma");
    }

    @Test
    void aHeaderWithAnUnknownColumnOrNoNameIsRefused() {
        assertThatThrownBy(() -> stage("name,favourite_colour\nA,blue\n"))
                .isInstanceOf(ImportRefused.class)
                .hasMessageContaining("Unknown column \"favourite_colour\"");
        assertThatThrownBy(() -> stage("phone,zip\n614-555-0101,43215\n"))
                .hasMessageContaining("The column \"name\" is missing");
        assertThatThrownBy(() -> stage("name,\"city\nA,B\n")).isInstanceOf(ImportRefused.class);
    }

    @Test
    void onlyTheColumnsGivenAreCarriedAndBadValuesAreProblems() {
        List<String[]> rows = stage("name,medications,walk_in,uuid\nA,BU;MU,maybe,xyz\n");
        ImportedRecord record = format.read(rows.get(0)[2]);

        assertThat(record.carried())
                .containsExactlyInAnyOrder(
                        ListingField.NAME, ListingField.MEDICATIONS, ListingField.WALK_IN);
        assertThat(record.draft().getMedications())
                .containsExactlyInAnyOrder(Medication.BUPRENORPHINE, Medication.METHADONE);
        assertThat(record.problems())
                .extracting(ListingProblem::field)
                .containsExactlyInAnyOrder("walk_in", "uuid");
    }

    @Test
    void theExportsHeaderIsEveryColumnTheImportKnows() {
        List<String> columns = CsvFormat.columns();
        assertThat(columns).startsWith("uuid", "external_source", "external_id");
        assertThat(columns).hasSize(3 + ListingField.values().length).doesNotHaveDuplicates();
        assertThat(stage(String.join(",", columns) + "\n")).isEmpty();
    }
}
