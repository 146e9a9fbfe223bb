package org.opentreatment.directory.imports.locator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opentreatment.directory.facility.Facility;

/** Records in the shape of the locator's JSON export, read and applied as an import would. */
final class LocatorRecords {

    /** A record applied to a new listing: the listing, every label's outcome, the type's. */
    record Applied(String frid, Facility facility, List<LabelOutcome> outcomes, boolean typeKnown) {

        List<LabelOutcome> outcomes(LabelOutcome.Kind kind) {
            return outcomes.stream().filter(o -> o.kind() == kind).toList();
        }
    }

    private LocatorRecords() {}

    /** The {@code rows} of one page of the export. */
    static List<JsonObject> rows(InputStream page) {
        try (page;
                JsonReader reader = Json.createReader(page)) {
            return reader.readObject().getJsonArray("rows").getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Applied apply(JsonObject row) {
        Facility facility = new Facility();
        boolean typeKnown =
                LocatorServiceGroups.applyFacilityType(text(row, "typeFacility"), facility);
        List<LabelOutcome> outcomes = new ArrayList<>();
        // The export gives some records no services at all (null).
        if (row.get("services") instanceof jakarta.json.JsonArray services) {
            for (JsonObject group : services.getValuesAs(JsonObject.class)) {
                outcomes.addAll(
                        LocatorServiceGroups.apply(
                                text(group, "f2"), text(group, "f1"), text(group, "f3"), facility));
            }
        }
        return new Applied(text(row, "frid"), facility, outcomes, typeKnown);
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : object.getString(name);
    }
}
