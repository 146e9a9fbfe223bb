package org.opentreatment.directory.imports;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.imports.locator.LabelOutcome;
import org.opentreatment.directory.imports.locator.LocatorServiceGroups;
import org.opentreatment.directory.shared.Text;

/**
 * SAMHSA's FindTreatment.gov locator export ({@code exportsAsJson/v2}): each file one page, {@code
 * {"page", "totalPages", "recordCount", "rows": [...]}}, each row a facility with its services as
 * labelled groups (mapped by {@link LocatorServiceGroups}). Files are read as a stream, one row at
 * a time, however large.
 */
final class LocatorFormat implements RowFormat {

    /** The external source of every listing this format imports. */
    static final String SOURCE = "findtreatment";

    /**
     * What a locator record says of a listing; the rest (description, hours, walk-in, accepting new
     * patients, status, last verified) belongs to the directory and a re-import keeps it.
     */
    static final Set<ListingField> CARRIED =
            EnumSet.complementOf(
                    EnumSet.of(
                            ListingField.COUNTY,
                            ListingField.DESCRIPTION,
                            ListingField.STATUS,
                            ListingField.ACCEPTING_NEW_PATIENTS,
                            ListingField.WALK_IN,
                            ListingField.OPENING_HOURS,
                            ListingField.LAST_VERIFIED,
                            ListingField.SAMPLE));

    private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("(\\d{5})(-?\\d{4})?");
    private static final Pattern HAS_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");

    @Override
    public Integer stage(InputStream file, RowSink sink) {
        Integer recordCount = null;
        boolean sawRows = false;
        try (JsonParser parser = Json.createParser(file)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw refused("it does not start with {");
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if ("rows".equals(key)) {
                    if (value != JsonParser.Event.START_ARRAY) {
                        throw refused("rows is not a list");
                    }
                    sawRows = true;
                    int row = 0;
                    while (parser.next() != JsonParser.Event.END_ARRAY) {
                        JsonValue record = parser.getValue();
                        row++;
                        sink.accept(row, frid(record), record.toString());
                    }
                } else if ("recordCount".equals(key) && value == JsonParser.Event.VALUE_NUMBER) {
                    recordCount = parser.getInt();
                } else if (value == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
        } catch (JsonParsingException e) {
            throw refused(
                    "the JSON breaks off at line "
                            + e.getLocation().getLineNumber()
                            + ", column "
                            + e.getLocation().getColumnNumber());
        } catch (JsonException e) {
            throw refused("it is not JSON");
        }
        if (!sawRows) {
            throw refused("it has no rows");
        }
        return recordCount;
    }

    private static ImportRefused refused(String why) {
        return new ImportRefused(Text.of("import.notLocatorJson", why));
    }

    private static String frid(JsonValue record) {
        if (record instanceof JsonObject object) {
            String frid = string(object, "frid");
            if (frid != null && frid.length() <= StagedRow.MAX_KEY_LENGTH) {
                return frid;
            }
        }
        return null;
    }

    @Override
    public ImportedRecord read(String content) {
        Facility draft = new Facility();
        List<ListingProblem> problems = new ArrayList<>();
        List<LabelOutcome> labels = new ArrayList<>();
        JsonObject row;
        try (var reader = Json.createReader(new StringReader(content))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                problems.add(new ListingProblem("row", cut(content), Text.of("import.missing")));
                return new ImportedRecord(draft, CARRIED, null, null, null, problems, labels);
            }
            row = object;
        }
        String frid = string(row, "frid");
        if (frid == null) {
            problems.add(new ListingProblem("frid", null, Text.of("import.noRecordId")));
        } else if (frid.length() > StagedRow.MAX_KEY_LENGTH) {
            problems.add(
                    new ListingProblem(
                            "frid",
                            cut(frid),
                            Text.of("import.tooLong", StagedRow.MAX_KEY_LENGTH)));
            frid = null;
        }
        draft.setName(string(row, "name1"));
        draft.setAlternateName(string(row, "name2"));
        draft.getAddress().setStreet1(string(row, "street1"));
        draft.getAddress().setStreet2(string(row, "street2"));
        draft.getAddress().setCity(string(row, "city"));
        String state = string(row, "state");
        draft.getAddress().setState(state == null ? null : state.toUpperCase(Locale.ROOT));
        draft.getAddress().setZip(zip(string(row, "zip")));
        String phone = string(row, "phone");
        String intake = string(row, "intake1");
        draft.setPhone(phone != null ? phone : intake);
        draft.setIntakePhone(intake);
        draft.setHotlinePhone(string(row, "hotline1"));
        draft.setWebsite(website(string(row, "website")));
        coordinate(row, "latitude", ListingField.LATITUDE, draft, problems);
        coordinate(row, "longitude", ListingField.LONGITUDE, draft, problems);
        JsonValue services = row.get("services");
        if (services instanceof JsonArray groups) {
            for (JsonValue group : groups) {
                if (group instanceof JsonObject g) {
                    labels.addAll(
                            LocatorServiceGroups.apply(
                                    string(g, "f2"), string(g, "f1"), string(g, "f3"), draft));
                }
            }
        }
        String type = string(row, "typeFacility");
        if (type != null && !LocatorServiceGroups.applyFacilityType(type, draft)) {
            labels.add(
                    new LabelOutcome(
                            "typeFacility", "Facility type", type, LabelOutcome.Kind.UNKNOWN));
        }
        return new ImportedRecord(
                draft, CARRIED, null, frid == null ? null : SOURCE, frid, problems, labels);
    }

    /** A member as text, whether the export wrote it as a string or a number; null if blank. */
    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        String text;
        if (value instanceof JsonString s) {
            text = s.getString();
        } else if (value instanceof JsonNumber n) {
            text = n.toString();
        } else {
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    // A coordinate as the CSV reads it too: a finite number, or a problem with the text as given
    private static void coordinate(
            JsonObject row,
            String key,
            ListingField field,
            Facility draft,
            List<ListingProblem> problems) {
        String text = string(row, key);
        try {
            field.parse(draft, text);
        } catch (ListingField.InvalidFieldValue e) {
            problems.add(ListingProblem.of(field, cut(text), e.reason()));
        }
    }

    // "22902-1234" and "229021234" are ZIP+4: the directory keeps the five digits.
    private static String zip(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ZIP_PLUS_FOUR.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    // The locator often writes "www.example.org": a browser would go there by http first.
    private static String website(String text) {
        if (text == null || HAS_SCHEME.matcher(text).matches() || text.contains(" ")) {
            return text;
        }
        return "http://" + text;
    }

    private static String cut(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "\u2026";
    }
}
