package org.opentreatment.directory.web.rest;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.search.FilterFlag;
import org.opentreatment.directory.search.FilterGroup;

/**
 * The API's OpenAPI document at {@code /openapi}: its description in this package's {@code
 * package-info.java}, the operations' from the resources' annotations, and, from this filter (named
 * by {@code mp.openapi.filter} in the WAR's {@code microprofile-config.properties}), the search's
 * filter parameters, one per {@link FilterFlag} and {@link FilterGroup} with the codes of its
 * vocabulary, so that the document lists exactly what the search reads and no code is written
 * twice. A new group without a description does not compile (the switches below have no default).
 *
 * <p>The operators' endpoints under {@code /api/v1/admin} are left out: they are for a deployment's
 * operators, who have docs/operations.md, not for the people and programs this document is for;
 * their resources hide their operations, and this filter removes any path under that prefix that a
 * new one might add.
 */
public class ApiDocument implements OASFilter {

    static final String FACILITIES_TAG = "facilities";
    static final String PLACES_TAG = "places";

    /** The search's operation, to which the filter parameters are added. */
    static final String SEARCH_OPERATION = "searchFacilities";

    static final String ADMIN_PATH = "/api/v1/admin";

    static final String ETAG =
            "A strong tag of this answer: send it back in If-None-Match to get 304 while the answer"
                    + " stays the same.";
    static final String NOT_MODIFIED =
            "The answer is the one whose ETag was sent in If-None-Match (or If-None-Match: *):"
                    + " the ETag again, no body.";
    static final String TOO_MANY =
            "Past the requests per minute allowed to one client address: wait Retry-After"
                    + " seconds.";
    static final String UNAVAILABLE =
            "The search took too long, or the directory is temporarily unavailable: try again"
                    + " after Retry-After seconds.";
    static final String BAD_REQUEST_EXAMPLE =
            "{\"errors\": [{\"parameter\": \"near\", \"message\": \"We could not find"
                    + " \\\"Columbs\\\". Type a ZIP code, or a city and state such as"
                    + " \\\"Columbus, OH\\\".\", \"suggestions\": [\"Columbus, OH\","
                    + " \"Columbus, GA\", \"Columbus, MS\", \"Columbus, IN\", \"Columbus,"
                    + " NE\"]}, {\"parameter\": \"medication\", \"message\": \"Unknown"
                    + " medication XX. Use MU (methadone), BU (buprenorphine), NU"
                    + " (naltrexone).\", \"suggestions\": []}]}";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(openApi.getPaths().getPathItems().keySet())) {
            if (path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/")) {
                openApi.getPaths().removePathItem(path);
            }
        }
        for (PathItem item : openApi.getPaths().getPathItems().values()) {
            Operation get = item.getGET();
            if (get != null && SEARCH_OPERATION.equals(get.getOperationId())) {
                filterParameters().forEach(get::addParameter);
            }
            item.getOperations().values().forEach(ApiDocument::addAnswersOfEveryOperation);
        }
    }

    /**
     * What any public operation may answer, whatever it does, said here once rather than on each:
     * 429 past the rate limit and 503 while the database or the index is unavailable, both with
     * Retry-After and the API's error shape.
     */
    static void addAnswersOfEveryOperation(Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        addWithRetryAfter(operation, "429", TOO_MANY);
        addWithRetryAfter(operation, "503", UNAVAILABLE);
    }

    private static void addWithRetryAfter(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        operation
                .getResponses()
                .addAPIResponse(
                        status,
                        OASFactory.createAPIResponse()
                                .description(description)
                                .addHeader(
                                        "Retry-After",
                                        OASFactory.createHeader()
                                                .description("Seconds to wait before asking again.")
                                                .schema(
                                                        typed(
                                                                OASFactory.createSchema(),
                                                                Schema.SchemaType.INTEGER)))
                                .content(
                                        OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(
                                                                        OASFactory.createSchema()
                                                                                .ref(
                                                                                        "ErrorResponse")))));
    }

    /** A parameter per yes-or-no filter and per filter group, in the page's order. */
    static List<Parameter> filterParameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (FilterFlag flag : FilterFlag.values()) {
            parameters.add(
                    OASFactory.createParameter()
                            .name(flag.parameter())
                            .in(Parameter.In.QUERY)
                            .description(describe(flag) + " false is the same as leaving it out.")
                            .example("true")
                            .schema(typed(OASFactory.createSchema(), Schema.SchemaType.BOOLEAN)));
        }
        for (FilterGroup group : FilterGroup.values()) {
            List<Object> codes = group.vocabulary().stream().map(v -> (Object) v.code()).toList();
            parameters.add(
                    OASFactory.createParameter()
                            .name(group.parameter())
                            .in(Parameter.In.QUERY)
                            .description(
                                    describe(group)
                                            + " Repeatable (or comma-separated); values combine"
                                            + " with OR. Codes: "
                                            + codes(group.vocabulary())
                                            + ".")
                            .style(Parameter.Style.FORM)
                            .explode(true)
                            .example(List.of(codes.get(0)))
                            .schema(
                                    typed(OASFactory.createSchema(), Schema.SchemaType.ARRAY)
                                            .items(
                                                    typed(
                                                                    OASFactory.createSchema(),
                                                                    Schema.SchemaType.STRING)
                                                            .enumeration(codes))));
        }
        return parameters;
    }

    private static String codes(List<SamhsaCoded> vocabulary) {
        return vocabulary.stream()
                .map(v -> v.code() + " (" + v.label().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }

    static String describe(FilterFlag flag) {
        return switch (flag) {
            case DUAL_DIAGNOSIS ->
                    "true: only facilities that also treat co-occurring mental illness (dual"
                            + " diagnosis).";
            case OPIOID_TREATMENT_PROGRAM ->
                    "true: only certified opioid treatment programs (OTP), the only kind that may"
                            + " dispense methadone.";
            case ACCEPTING_NEW_PATIENTS -> "true: only facilities taking new patients now.";
        };
    }

    static String describe(FilterGroup group) {
        return switch (group) {
            case MEDICATION -> "Medications for opioid or alcohol use disorder offered.";
            case TYPE_OF_CARE -> "Types of care offered.";
            case SETTING -> "Service settings (outpatient, residential, hospital inpatient...).";
            case PAYMENT -> "Payment accepted.";
            case PAYMENT_ASSISTANCE -> "Help with paying.";
            case SPECIAL_GROUP -> "Programs for particular groups of people.";
            case AGE -> "Ages accepted.";
            case GENDER -> "Genders accepted.";
            case LANGUAGE -> "Languages other than English that the staff speak.";
            case LANGUAGE_SERVICE ->
                    "Language services (Spanish, sign language, Native American languages).";
            case PHARMACOTHERAPY -> "Pharmacotherapies (medicines) used in treatment.";
            case APPROACH -> "Treatment approaches.";
        };
    }

    /**
     * The schema with this type. MicroProfile OpenAPI 4 (WildFly 39) replaced {@code
     * type(SchemaType)} of version 3.1 (Payara 6) with a list of types; this compiles against 3.1
     * and calls whichever the server has.
     */
    static Schema typed(Schema schema, Schema.SchemaType type) {
        try {
            try {
                Schema.class.getMethod("type", Schema.SchemaType.class).invoke(schema, type);
            } catch (NoSuchMethodException e) {
                Schema.class.getMethod("addType", Schema.SchemaType.class).invoke(schema, type);
            }
            return schema;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("No way to set a schema's type", e);
        }
    }
}
