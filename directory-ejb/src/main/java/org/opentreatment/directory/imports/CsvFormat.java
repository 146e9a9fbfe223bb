package org.opentreatment.directory.imports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.shared.Text;

/**
 * The directory's own CSV layout (docs/data-exchange.md): a header row, then one listing per row;
 * the columns are {@value #UUID}, {@value #EXTERNAL_SOURCE}, {@value #EXTERNAL_ID} and every {@link
 * ListingField#column()}, in any order. A file may leave columns out: an existing listing keeps
 * what they would have said, a new one gets their empty values. A row is matched to its listing by
 * uuid, else by its external reference; without either it makes a new listing.
 */
final class CsvFormat implements RowFormat {

    static final String UUID = "uuid";
    static final String EXTERNAL_SOURCE = "external_source";
    static final String EXTERNAL_ID = "external_id";

    /** The format both ways: RFC 4180 with a header, as spreadsheets write it. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    private static final CSVFormat READ =
            FORMAT.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(false)
                    .build();

    /** The header row the export writes: the identity columns, then every field. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(UUID);
        columns.add(EXTERNAL_SOURCE);
        columns.add(EXTERNAL_ID);
        ListingField.all().forEach(f -> columns.add(f.column()));
        return columns;
    }

    @Override
    public Integer stage(InputStream file, RowSink sink) {
        Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8);
        try (CSVParser parser = READ.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            List<String> columns = new ArrayList<>();
            for (String name : header) {
                String column = name.replace("\uFEFF", "").strip();
                if (!known(column)) {
                    throw new ImportRefused(
                            Text.of(
                                    "import.notCsv",
                                    Text.of("import.unknownColumn", column).english()));
                }
                columns.add(column);
            }
            if (!columns.contains(ListingField.NAME.column()) && !columns.contains(UUID)) {
                throw new ImportRefused(
                        Text.of(
                                "import.notCsv",
                                Text.of("import.missingColumn", ListingField.NAME.column())
                                        .english()));
            }
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                JsonObjectBuilder json = Json.createObjectBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    json.add(columns.get(i), i < record.size() ? record.get(i) : "");
                }
                JsonObject object = json.build();
                sink.accept(row, key(object), object.toString());
            }
        } catch (IOException e) {
            throw new ImportRefused(Text.of("import.notCsv", "it could not be read"));
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV says what is wrong (an unclosed quote, a repeated column) in words
            throw new ImportRefused(Text.of("import.notCsv", e.getMessage()));
        }
        return null;
    }

    private static boolean known(String column) {
        return UUID.equals(column)
                || EXTERNAL_SOURCE.equals(column)
                || EXTERNAL_ID.equals(column)
                || ListingField.ofColumn(column).isPresent();
    }

    // What finds the row's listing again, for telling repeated rows apart and marking missing ones
    private static String key(JsonObject row) {
        String uuid = text(row, UUID);
        if (uuid != null) {
            return uuid.length() <= StagedRow.MAX_KEY_LENGTH ? uuid : null;
        }
        String source = text(row, EXTERNAL_SOURCE);
        String id = text(row, EXTERNAL_ID);
        if (source == null || id == null) {
            return null;
        }
        String key = source + ":" + id;
        return key.length() <= StagedRow.MAX_KEY_LENGTH ? key : null;
    }

    @Override
    public ImportedRecord read(String content) {
        JsonObject row;
        try (var reader = Json.createReader(new StringReader(content))) {
            row = reader.readObject();
        }
        Facility draft = new Facility();
        List<ListingProblem> problems = new ArrayList<>();
        Set<ListingField> carried = EnumSet.noneOf(ListingField.class);
        for (Map.Entry<String, JsonValue> column : row.entrySet()) {
            Optional<ListingField> field = ListingField.ofColumn(column.getKey());
            if (field.isEmpty()) {
                continue;
            }
            carried.add(field.get());
            String value = ((JsonString) column.getValue()).getString();
            try {
                field.get().parse(draft, value);
            } catch (ListingField.InvalidFieldValue e) {
                problems.add(ListingProblem.of(field.get(), value, e.reason()));
            }
        }
        UUID uuid = null;
        String uuidText = text(row, UUID);
        if (uuidText != null) {
            try {
                uuid = java.util.UUID.fromString(uuidText);
                draft.setUuid(uuid);
            } catch (IllegalArgumentException e) {
                problems.add(new ListingProblem(UUID, uuidText, Text.of("import.badUuid")));
            }
        }
        String source = text(row, EXTERNAL_SOURCE);
        String id = text(row, EXTERNAL_ID);
        if ((source == null) != (id == null)) {
            problems.add(
                    new ListingProblem(
                            source == null ? EXTERNAL_SOURCE : EXTERNAL_ID,
                            null,
                            Text.of("import.missing")));
            source = null;
            id = null;
        }
        if (source != null && source.length() > 40) {
            problems.add(
                    new ListingProblem(EXTERNAL_SOURCE, source, Text.of("import.tooLong", 40)));
        }
        if (id != null && id.length() > 100) {
            problems.add(new ListingProblem(EXTERNAL_ID, id, Text.of("import.tooLong", 100)));
        }
        return new ImportedRecord(draft, carried, uuid, source, id, problems, List.of());
    }

    private static String text(JsonObject row, String column) {
        JsonValue value = row.get(column);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        return null;
    }
}
