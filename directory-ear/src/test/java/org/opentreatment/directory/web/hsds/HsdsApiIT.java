package org.opentreatment.directory.web.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.FacilityPageFixture;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.Http.Answer;
import org.opentreatment.directory.testing.ImportedListingsResource;
import org.opentreatment.directory.testing.OperatorImports;

/**
 * The Open Referral HSDS 3.0 API of the packaged EAR, over HTTP, on the sample listings and one
 * known listing (the facility-page fixture: hours, Spanish, several vocabularies). Every answer is
 * checked against Open Referral's own schemas, committed unmodified under {@code hsds-3.0/}: the
 * lists and most records against the response schemas of the official OpenAPI itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HsdsApiIT {

    private static final String API = "/api/hsds";
    private static final String SCHEMAS = "classpath:hsds-3.0/";

    // The OpenAPI and its $refs name the schemas where Open Referral publishes them; the committed
    // copies answer for them, so the tests run offline. The OpenAPI says its dialect is 2020-12.
    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V202012,
                    builder ->
                            builder.schemaMappers(
                                    mappers ->
                                            mappers.mapPrefix(
                                                    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/",
                                                    SCHEMAS)));

    // uuid, uri, email and date-time are checked, not only annotated.
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.applicationWithFacilityPage();
        // and the import tests' cleanup, for a listing that is no longer active (made by an import)
        ear.getAsType(WebArchive.class, "directory-web.war")
                .addClass(ImportedListingsResource.class);
        return ear;
    }

    /** The fixture's uuid: its HSDS service id, from which every other id derives. */
    static UUID fixture;

    @BeforeAll
    static void addTheKnownListing() {
        JsonObject loaded = Http.send("POST", "/api/v1/test-facility-page", null).json();
        fixture = UUID.fromString(loaded.getString("uuid"));
    }

    @AfterAll
    static void removeTheKnownListing() {
        assertThat(Http.send("DELETE", "/api/v1/test-facility-page", null).status()).isEqualTo(204);
    }

    @Test
    void theRootSaysWhichHsdsItSpeaks() {
        JsonObject root = valid("/", response("/"));

        assertThat(root.getString("version")).isEqualTo("3.0");
        assertThat(root.getString("openapi_url")).startsWith("https://");
    }

    @ParameterizedTest
    @CsvSource({
        "/services, /services",
        "/organizations, /organizations",
        "/service_at_locations, /service_at_locations",
        "/taxonomies, /taxonomies",
        "/taxonomy_terms, /taxonomy_terms"
    })
    void aPageOfEachListIsValidHsds(String path, String operation) {
        JsonObject page = valid(path + "?per_page=25&page=2", response(operation));

        assertThat(page.getInt("page_number")).isEqualTo(2);
        assertThat(page.getBoolean("first_page")).isFalse();
        if (!path.equals("/taxonomies")) {
            assertThat(page.getInt("size")).isEqualTo(25);
            assertThat(page.getJsonArray("contents")).hasSize(25);
        }
    }

    @Test
    void theKnownListingIsOneServiceOfOneOrganizationAtOneLocation() {
        String id = fixture.toString();
        JsonObject service = valid("/services/" + id, response("/services/{id}"));

        assertThat(service.getString("id")).isEqualTo(id);
        assertThat(service.getString("name")).isEqualTo(FacilityPageFixture.NAME);
        assertThat(service.getString("status")).isEqualTo("active");
        assertThat(service.getString("organization_id")).isEqualTo(derive("organization"));
        assertThat(service.getJsonObject("organization").getString("id"))
                .isEqualTo(derive("organization"));
        assertThat(service).doesNotContainKey("alert");

        JsonObject atLocation = service.getJsonArray("service_at_locations").getJsonObject(0);
        assertThat(atLocation.getString("id")).isEqualTo(derive("service_at_location"));
        assertThat(atLocation.getString("location_id")).isEqualTo(derive("location"));
        JsonObject address =
                atLocation.getJsonObject("location").getJsonArray("addresses").getJsonObject(0);
        assertThat(address.getString("id")).isEqualTo(derive("address"));
        assertThat(address.getString("address_1")).isEqualTo("1 Juniper Way");
        assertThat(address.getString("postal_code")).isEqualTo("43215");

        JsonObject phone = service.getJsonArray("phones").getJsonObject(0);
        assertThat(phone.getString("id")).isEqualTo(derive("phone/main"));
        assertThat(phone.getString("number")).isEqualTo(FacilityPageFixture.PHONE);

        // MO 08:00-12:00,13:00-17:00; TU 08:00-17:00; SA 00:00-23:59
        assertThat(service.getJsonArray("schedules").getValuesAs(JsonObject.class))
                .extracting(
                        s ->
                                s.getString("byday")
                                        + " "
                                        + s.getString("opens_at")
                                        + "-"
                                        + s.getString("closes_at"))
                .containsExactly(
                        "MO 08:00-12:00", "MO 13:00-17:00", "TU 08:00-17:00", "SA 00:00-23:59");
        assertThat(service.getJsonArray("schedules").getJsonObject(1).getString("id"))
                .isEqualTo(derive("schedule/MO/1"));

        assertThat(service.getJsonArray("languages").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("code") + " " + l.getString("id"))
                .containsExactly("es " + derive("language/es"), "vi " + derive("language/vi"));

        JsonObject buprenorphine =
                service.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                        .filter(
                                a ->
                                        a.getJsonObject("taxonomy_term")
                                                .getString("code")
                                                .equals("BU"))
                        .findFirst()
                        .orElseThrow();
        assertThat(buprenorphine.getString("id")).isEqualTo(derive("attribute/medication/BU"));
        assertThat(buprenorphine.getString("link_id")).isEqualTo(id);
        assertThat(buprenorphine.getString("taxonomy_term_id"))
                .isEqualTo(named("term:medication:BU"));
        assertThat(service.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonObject("taxonomy_term").getString("code"))
                .contains("DT", "SUMH", "OP", "MD", "PI", "SS", "SP", "walk-in")
                .doesNotContain("sample");
    }

    @Test
    void aListingNoLongerActiveIsFoundByIdWithItsStatusButIsInNoList() {
        String uuid = UUID.randomUUID().toString();
        JsonObject imported =
                OperatorImports.importCsv(
                        "uuid,name,street1,city,state,zip,phone,types_of_care,status\r\n"
                                + uuid
                                + ",ImportIT Closed For Now,1 Test Road,Columbus,OH,43215,"
                                + "614-555-0111,SA,temporarily closed\r\n");
        try {
            assertThat(OperatorImports.rows(imported).get(2)).as("created").isEqualTo(1);

            JsonObject service =
                    valid("/services/" + uuid, schema(SCHEMAS + "compiled/service.json"));
            assertThat(service.getString("status")).isEqualTo("temporarily closed");
            assertThat(Http.get(API + "/services?per_page=200").body()).doesNotContain(uuid);
            assertThat(Http.get(API + "/bulk").body()).doesNotContain(uuid);
        } finally {
            assertThat(Http.send("DELETE", "/api/v1/test-imports", null).status()).isEqualTo(204);
        }
    }

    @Test
    void everyIdIsTheSameOnEveryCall() {
        String id = fixture.toString();
        for (String path :
                List.of(
                        "/services/" + id,
                        "/organizations/" + derive("organization"),
                        "/service_at_locations/" + derive("service_at_location"))) {
            Answer first = Http.get(API + path);
            Answer second = Http.get(API + path);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(second.body()).as(path).isEqualTo(first.body());
        }
        assertThat(Http.get(API + "/services?per_page=50").body())
                .isEqualTo(Http.get(API + "/services?per_page=50").body());
    }

    @Test
    void theOrganizationAndTheServiceAtLocationAreFoundByTheirDerivedIds() {
        JsonObject organization =
                valid("/organizations/" + derive("organization"), response("/organizations/{id}"));
        assertThat(organization.getJsonArray("services").getJsonObject(0).getString("id"))
                .isEqualTo(fixture.toString());
        assertThat(organization.getJsonArray("locations").getJsonObject(0).getString("id"))
                .isEqualTo(derive("location"));

        // The OpenAPI names compiled/service.json for this answer, a slip: a service_at_location
        // has no name or status. Its own compiled schema is the one that fits.
        JsonObject atLocation =
                valid(
                        "/service_at_locations/" + derive("service_at_location"),
                        schema(SCHEMAS + "compiled/service_at_location.json"));
        assertThat(atLocation.getString("service_id")).isEqualTo(fixture.toString());
        assertThat(atLocation.getJsonObject("service").getString("id"))
                .isEqualTo(fixture.toString());
        assertThat(atLocation.getJsonObject("location").getString("id"))
                .isEqualTo(derive("location"));
    }

    @Test
    void theTaxonomyHasAParentTermPerVocabularyAndATermPerValue() {
        JsonObject taxonomies = valid("/taxonomies", response("/taxonomies"));
        assertThat(taxonomies.getInt("total_items")).isEqualTo(1);
        String taxonomyId = taxonomies.getJsonArray("contents").getJsonObject(0).getString("id");
        assertThat(taxonomyId).isEqualTo(named("taxonomy:samhsa"));
        valid("/taxonomies/" + taxonomyId, response("/taxonomies/{id}"));

        JsonObject medication =
                valid(
                        "/taxonomy_terms/" + named("term:medication"),
                        response("/taxonomy_terms/{id}"));
        assertThat(medication.getString("code")).isEqualTo("medication");
        assertThat(medication).doesNotContainKey("parent_id");
        JsonObject values =
                valid(
                        "/taxonomy_terms?parent_id=" + named("term:medication"),
                        response("/taxonomy_terms"));
        assertThat(values.getJsonArray("contents").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code"))
                .containsExactly("MU", "BU", "NU");
        assertThat(values.getJsonArray("contents").getValuesAs(JsonObject.class))
                .allSatisfy(
                        t -> {
                            assertThat(t.getString("taxonomy_id")).isEqualTo(taxonomyId);
                            assertThat(t.getString("id"))
                                    .isEqualTo(named("term:medication:" + t.getString("code")));
                        });
        JsonObject groups = Http.get(API + "/taxonomy_terms?top_only=true&per_page=200").json();
        assertThat(groups.getJsonArray("contents").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code"))
                .contains("type-of-care", "medication", "payment", "language", "listing")
                .doesNotContain("BU");
    }

    @Test
    void theEnvelopeCountsPagesAndTheirItems() {
        JsonObject first = Http.get(API + "/services?per_page=7").json();
        long total = first.getJsonNumber("total_items").longValue();
        long pages = (total + 6) / 7;
        assertThat(total).isGreaterThan(14);
        assertThat(first.getJsonNumber("total_pages").longValue()).isEqualTo(pages);
        assertThat(first.getInt("page_number")).isEqualTo(1);
        assertThat(first.getInt("size")).isEqualTo(7);
        assertThat(first.getBoolean("first_page")).isTrue();
        assertThat(first.getBoolean("last_page")).isFalse();
        assertThat(first.getBoolean("empty")).isFalse();

        JsonObject last = Http.get(API + "/services?per_page=7&page=" + pages).json();
        assertThat(last.getInt("size")).isEqualTo((int) (total - 7 * (pages - 1)));
        assertThat(last.getBoolean("last_page")).isTrue();
        assertThat(last.getBoolean("first_page")).isFalse();

        JsonObject past = Http.get(API + "/services?per_page=7&page=" + (pages + 1)).json();
        assertThat(past.getInt("size")).isZero();
        assertThat(past.getBoolean("empty")).isTrue();
        assertThat(past.getJsonArray("contents")).isEmpty();

        // Pages do not overlap: two pages of 7 are the first page of 14.
        List<String> twoPages = new ArrayList<>(ids(first));
        twoPages.addAll(ids(Http.get(API + "/services?per_page=7&page=2").json()));
        assertThat(twoPages)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(Http.get(API + "/services?per_page=14").json()));

        JsonObject defaults = Http.get(API + "/services").json();
        assertThat(defaults.getInt("size")).isEqualTo(50);
        assertThat(defaults.getJsonNumber("total_items").longValue()).isEqualTo(total);
    }

    @Test
    void sampleListingsAreListedAndSaySo() {
        JsonObject sample =
                Http.get(API + "/services?per_page=50").json().getJsonArray("contents").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(s -> s.containsKey("alert"))
                        .findFirst()
                        .orElseThrow();
        assertThat(sample.getString("alert")).startsWith("Sample listing");
        JsonObject full = Http.get(API + "/services/" + sample.getString("id")).json();
        assertThat(full.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonObject("taxonomy_term").getString("code"))
                .contains("sample");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/services/",
                "/organizations/",
                "/service_at_locations/",
                "/taxonomies/",
                "/taxonomy_terms/"
            })
    void anUnknownOrMalformedIdIsA404(String path) {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1-2-3-4-5", "%20")) {
            Answer answer = Http.get(API + path + id);
            assertThat(answer.status()).as(path + id).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.json().getJsonArray("errors")).isNotEmpty();
        }
        // the service's id is not the organization's
        assertThat(Http.get(API + "/organizations/" + fixture).status()).isEqualTo(404);
        assertThat(Http.get(API + "/nothing-here").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
        "page=0, page",
        "page=-1, page",
        "page=abc, page",
        "page=99999999999, page",
        "per_page=0, per_page",
        "per_page=100000, per_page",
        "per_page=abc, per_page",
        "per_page=1.5, per_page"
    })
    void badPagingIsA400NamingTheParameter(String query, String parameter) {
        for (String list :
                List.of(
                        "/services",
                        "/organizations",
                        "/service_at_locations",
                        "/taxonomy_terms")) {
            Answer answer = Http.get(API + list + "?" + query);
            assertThat(answer.status()).as(list + "?" + query).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("parameter"))
                    .isEqualTo(parameter);
        }
    }

    @Test
    void theBulkDownloadIsEveryActiveServiceInFull() {
        Answer bulk = Http.get(API + "/bulk");

        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.contentType()).startsWith("application/json");
        assertThat(bulk.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(bulk.body()))) {
            document = reader.readObject();
        }
        JsonArray contents = document.getJsonArray("contents");
        long total = Http.get(API + "/services?per_page=1").json().getInt("total_items");
        assertThat(document.getInt("total_items"))
                .isEqualTo(contents.size())
                .isEqualTo((int) total);
        assertThat(document.getBoolean("last_page")).isTrue();
        Set<String> ids = new HashSet<>();
        contents.forEach(s -> ids.add(s.asJsonObject().getString("id")));
        assertThat(ids).hasSize(contents.size()).contains(fixture.toString());
        JsonSchema service = schema(SCHEMAS + "compiled/service.json");
        for (int i = 0; i < Math.min(40, contents.size()); i++) {
            assertThat(service.validate(contents.get(i).toString(), InputFormat.JSON))
                    .as("service %d of the download", i)
                    .isEmpty();
        }
        assertThat(contents.getValuesAs(JsonObject.class))
                .allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("active"));
    }

    /** The answer to this path, checked against the schema, as JSON. */
    private static JsonObject valid(String path, JsonSchema schema) {
        Answer answer = Http.get(API + path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        assertThat(answer.contentType()).as(path).startsWith("application/json");
        Set<ValidationMessage> problems = schema.validate(answer.body(), InputFormat.JSON);
        assertThat(problems).as(path + " against its HSDS schema").isEmpty();
        return answer.json();
    }

    /** The schema of the official OpenAPI's 200 answer for this path. */
    private static JsonSchema response(String operation) {
        String pointer = operation.replace("~", "~0").replace("/", "~1");
        return schema(
                SCHEMAS
                        + "openapi.json#/paths/"
                        + pointer.replace("{", "%7B").replace("}", "%7D")
                        + "/get/responses/200/content/application~1json/schema");
    }

    private static JsonSchema schema(String location) {
        return LOADED.computeIfAbsent(
                location, l -> FACTORY.getSchema(SchemaLocation.of(l), CONFIG));
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("contents").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id"))
                .toList();
    }

    /**
     * The documented scheme (docs/hsds.md), written again here so that the test checks it rather
     * than the code: the listing's uuid XOR the first 16 bytes of SHA-256 of "opentreatment-hsds:"
     * and the kind, with the version and variant bits cleared.
     */
    private static String derive(String kind) {
        byte[] hash = sha256("opentreatment-hsds:" + kind);
        hash[6] &= 0x0f;
        hash[8] &= 0x3f;
        ByteBuffer mask = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(
                        fixture.getMostSignificantBits() ^ mask.getLong(),
                        fixture.getLeastSignificantBits() ^ mask.getLong())
                .toString();
    }

    private static String named(String name) {
        return UUID.nameUUIDFromBytes(
                        ("opentreatment-hsds:" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
