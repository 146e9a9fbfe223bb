package org.opentreatment.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opentreatment.directory.testing.OperatorImports.activeInDatabase;
import static org.opentreatment.directory.testing.OperatorImports.assertIndexEqualsDatabase;
import static org.opentreatment.directory.testing.OperatorImports.get;
import static org.opentreatment.directory.testing.OperatorImports.importCsv;
import static org.opentreatment.directory.testing.OperatorImports.open;
import static org.opentreatment.directory.testing.OperatorImports.operatorGet;
import static org.opentreatment.directory.testing.OperatorImports.operatorPost;
import static org.opentreatment.directory.testing.OperatorImports.problems;
import static org.opentreatment.directory.testing.OperatorImports.rows;
import static org.opentreatment.directory.testing.OperatorImports.send;
import static org.opentreatment.directory.testing.OperatorImports.startAndAwait;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;

/**
 * Imports through the operators' API, against the packaged application on its real database and
 * index: a locator export in two pages with bad rows and labels the directory does not know, the
 * same export again, a listing that left the source, a CSV export imported back, and requests that
 * must be refused. The fixtures (src/test/resources/imports) are locator-shaped and made up; every
 * listing they make is named "ImportIT ..." and removed after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListingImportIT {

    static final String PAGE_1 = "locator-page-1.json";
    static final String PAGE_2 = "locator-page-2.json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithImportCleanup(Map.of());
    }

    @AfterEach
    void removeImportedListings() {
        assertThat(Http.send("DELETE", "/api/v1/test-imports", null).status()).isEqualTo(204);
    }

    @Test
    void locatorPagesImportTheGoodRowsAndReportEachBadOneByRowAndField() {
        JsonObject done = importLocator(false, fixture(PAGE_1), fixture(PAGE_2));

        assertThat(done.getString("state")).isEqualTo("finished");
        assertThat(done.getInt("files")).isEqualTo(2);
        assertThat(rows(done)).as(() -> problems(done)).containsExactly(9, 9, 3, 0, 0, 6, 0);

        JsonObject report = operatorGet(done.getJsonObject("links").getString("problems")).json();
        assertThat(report.getJsonNumber("total").longValue()).isEqualTo(7);
        assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(
                        p -> p.getString("file"), p -> p.getInt("row"), p -> p.getString("field"))
                .containsExactly(
                        tuple(PAGE_1, 3, "phone"),
                        tuple(PAGE_1, 4, "zip"),
                        tuple(PAGE_1, 5, "latitude"),
                        tuple(PAGE_2, 2, "frid"),
                        tuple(PAGE_2, 3, "row"),
                        tuple(PAGE_2, 4, "latitude"),
                        tuple(PAGE_2, 4, "name"));
        JsonObject wrongState = problem(report, PAGE_1, 4);
        assertThat(wrongState.getString("value")).isEqualTo("43215");
        assertThat(wrongState.getString("reason")).contains("43215 is in OH, not in IN");
        assertThat(problem(report, PAGE_1, 5).getString("reason"))
                .contains("outside the United States");
        assertThat(problem(report, PAGE_2, 3).getString("reason"))
                .contains("appears twice", "row 1 of " + PAGE_1);

        assertThat(done.getJsonArray("unmappedLabels").getValuesAs(JsonObject.class))
                .extracting(
                        l -> l.getString("group"),
                        l -> l.getString("label"),
                        l -> l.getString("kind"),
                        l -> l.getInt("rows"))
                .contains(
                        tuple("TAP", "Floating meditation", "unknown", 1),
                        tuple("XYZ", "Anything at all", "unknown", 1),
                        tuple("SCR", "Drug or alcohol urine screening", "not carried", 1));

        Http.Answer csv = operatorGet(done.getJsonObject("links").getString("problemsCsv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> csvRows = parseCsv(csv.body());
        assertThat(csvRows).hasSize(7);
        assertThat(csvRows.get(0).get("field")).isEqualTo("phone");
        assertThat(csvRows.get(0).get("value")).isEqualTo("call us any time");

        // what the good rows say is searchable, by the filters the services mapped to
        assertThat(names("near=43215&radius=10&medication=BU&dualDiagnosis=true&q=Riverside"))
                .containsExactly("ImportIT Riverside Recovery Center");
        assertThat(names("near=22902&radius=10&otp=true&q=Hilltop"))
                .containsExactly("ImportIT Hilltop Opioid Treatment Program");
        JsonObject lakeside = onlyHit("near=60601&radius=10&language=SP&q=Lakeside");
        JsonObject page =
                Http.get("/api/v1/facilities/" + lakeside.getJsonNumber("id").longValue()).json();
        assertThat(page.getString("zip")).isEqualTo("60601");
        assertThat(page.getString("website")).isEqualTo("http://www.lakeside.example.org");
        // no coordinates in the row: the ZIP's centre, so the listing sits at distance 0 from it
        assertThat(
                        onlyHit("near=22902&radius=10&q=Hilltop")
                                .getJsonNumber("distanceMiles")
                                .doubleValue())
                .isLessThan(0.1);

        assertIndexEqualsDatabase(3);
    }

    @Test
    void importingTheSameExportAgainChangesNothing() {
        importLocator(false, fixture(PAGE_1), fixture(PAGE_2));
        long id = onlyHit("near=43215&radius=10&q=Riverside").getJsonNumber("id").longValue();

        JsonObject again = importLocator(false, fixture(PAGE_1), fixture(PAGE_2));

        assertThat(rows(again)).containsExactly(9, 9, 0, 0, 3, 6, 0);
        assertThat(onlyHit("near=43215&radius=10&q=Riverside").getJsonNumber("id").longValue())
                .isEqualTo(id);
        assertIndexEqualsDatabase(3);
    }

    @Test
    void aListingThatLeftTheSourceIsMarkedInactiveOnlyOnRequestAndReturnsWithIt() {
        importLocator(false, fixture(PAGE_1), fixture(PAGE_2));

        // page 1 alone is not the whole export: marking the rest inactive is refused
        long partial = open("locator", true);
        send(partial, PAGE_1, "application/json", fixture(PAGE_1));
        Http.Answer refused = operatorPost("/api/v1/admin/imports/" + partial + "/start");
        Expect.apiError(refused, 409);
        assertThat(refused.body()).contains("holds 9 records but these files hold 5");
        assertThat(activeInDatabase()).isEqualTo(3);

        // an export without the Lakeside record: that listing left the source
        String withoutLakeside =
                fixture(PAGE_1).replace("\"recordCount\": 9", "\"recordCount\": 5");
        JsonObject marked = importLocator(true, withoutLakeside);
        assertThat(marked.getJsonObject("rows").getInt("deactivated")).isEqualTo(1);
        assertThat(names("near=60601&radius=10&q=Lakeside")).isEmpty();
        assertIndexEqualsDatabase(2);

        JsonObject back = importLocator(false, fixture(PAGE_1), fixture(PAGE_2));
        assertThat(back.getJsonObject("rows").getInt("updated")).isEqualTo(1);
        assertThat(names("near=60601&radius=10&q=Lakeside"))
                .containsExactly("ImportIT Lakeside Behavioral Health");
        assertIndexEqualsDatabase(3);
    }

    @Test
    void aCsvExportImportsBackToTheSameListings() {
        importLocator(false, fixture(PAGE_1), fixture(PAGE_2));
        String export = exportCsv();
        List<CSVRecord> exported = parseCsv(export);
        assertThat(exported).hasSizeGreaterThanOrEqualTo(3);

        // the whole directory, back in: every row the listing it came from, nothing changed
        JsonObject roundTrip = importCsv(export);
        assertThat(roundTrip.getString("state")).isEqualTo("finished");
        assertThat(rows(roundTrip))
                .as(() -> problems(roundTrip))
                .containsExactly(exported.size(), exported.size(), 0, 0, exported.size(), 0, 0);
        assertThat(exportCsv()).isEqualTo(export);

        // a changed row updates its listing; a row with a new uuid makes a listing with that uuid
        Map<String, String> riverside = row(exported, "ImportIT Riverside Recovery Center");
        Map<String, String> changed = new LinkedHashMap<>(riverside);
        changed.put("phone", "614-555-0199");
        Map<String, String> copy = new LinkedHashMap<>(riverside);
        String newUuid = UUID.randomUUID().toString();
        copy.put("uuid", newUuid);
        copy.put("external_source", "");
        copy.put("external_id", "");
        copy.put("name", "ImportIT Riverside Copy");
        copy.put("medications", "MU;BU");
        JsonObject edited = importCsv(csv(List.of(changed, copy)));
        assertThat(rows(edited)).containsExactly(2, 2, 1, 1, 0, 0, 0);

        List<CSVRecord> after = parseCsv(exportCsv());
        assertThat(row(after, "ImportIT Riverside Recovery Center").get("phone"))
                .isEqualTo("614-555-0199");
        Map<String, String> made = row(after, "ImportIT Riverside Copy");
        assertThat(made).isEqualTo(copy);
        assertThat(names("near=43215&radius=10&medication=MU&q=Riverside"))
                .containsExactly("ImportIT Riverside Copy");
        assertIndexEqualsDatabase(4);
    }

    @Test
    void aCsvRowWithWrongValuesIsRejectedFieldByField() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", "ImportIT Bad Codes");
        row.put("street1", "1 Test Road");
        row.put("city", "Columbus");
        row.put("state", "OH");
        row.put("zip", "43215");
        row.put("phone", "614-555-0110");
        row.put("types_of_care", "SA");
        row.put("medications", "BU;XX");
        row.put("walk_in", "sometimes");
        row.put("last_verified", "yesterday");
        row.put("uuid", "not-a-uuid");
        JsonObject done = importCsv(csv(List.of(row)));

        assertThat(rows(done)).containsExactly(1, 1, 0, 0, 0, 1, 0);
        JsonObject report = operatorGet(done.getJsonObject("links").getString("problems")).json();
        assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("field"), p -> p.getString("value"))
                .containsExactlyInAnyOrder(
                        tuple("medications", "BU;XX"),
                        tuple("walk_in", "sometimes"),
                        tuple("last_verified", "yesterday"),
                        tuple("uuid", "not-a-uuid"));
        assertThat(problemReason(report, "medications")).contains("Unknown code XX", "BU");
        assertThat(activeInDatabase()).isZero();
    }

    @Test
    void filesAndRequestsThatCannotBeImportedAreRefusedWithAClearMessageAndKeepNothing() {
        long id = open("locator", false);
        Http.Answer notJson = send(id, "notes.json", "application/json", "these are my notes");
        Expect.apiError(notJson, 400);
        assertThat(notJson.body()).contains("notes.json", "not a FindTreatment.gov locator export");
        Http.Answer broken = send(id, "broken.json", "application/json", "{\"rows\": [{\"frid\": ");
        Expect.apiError(broken, 400);
        assertThat(broken.body()).contains("breaks off at line 1");
        Http.Answer noRows = send(id, "empty.json", "application/json", "{\"page\": 1}");
        Expect.apiError(noRows, 400);
        assertThat(noRows.body()).contains("it has no rows");
        assertThat(get(id).getJsonObject("rows").getInt("total")).isZero();
        Expect.apiError(operatorPost("/api/v1/admin/imports/" + id + "/start"), 409);

        long csvImport = open("csv", false);
        Http.Answer unknownColumn =
                send(csvImport, "listings.csv", "text/csv", "name,favourite_colour\nA,blue\n");
        Expect.apiError(unknownColumn, 400);
        assertThat(unknownColumn.body()).contains("Unknown column", "favourite_colour");

        Expect.apiError(
                Http.send(
                        "POST",
                        "/api/v1/admin/imports",
                        Http.operator(),
                        "application/json",
                        "{\"format\": \"xml\"}"),
                400);
        Http.Answer brokenJson =
                Http.send(
                        "POST",
                        "/api/v1/admin/imports",
                        Http.operator(),
                        "application/json",
                        "{not json");
        Expect.apiError(brokenJson, 400);
        assertThat(brokenJson.body()).contains("body could not be read");
        Http.Answer csvDeactivating =
                Http.send(
                        "POST",
                        "/api/v1/admin/imports",
                        Http.operator(),
                        "application/json",
                        "{\"format\": \"csv\", \"deactivateMissing\": true}");
        Expect.apiError(csvDeactivating, 400);
        assertThat(csvDeactivating.body()).contains("Only a locator import");
        Expect.apiError(
                Http.send(
                        "POST",
                        "/api/v1/admin/imports/" + id + "/files",
                        Http.operator(),
                        "application/x-www-form-urlencoded",
                        "rows=1"),
                415);
        Expect.apiError(Http.send("GET", "/api/v1/admin/imports/999999999", Http.operator()), 404);
        Expect.apiError(Http.send("GET", "/api/v1/admin/imports", null), 401);
        Expect.apiError(Http.send("GET", "/api/v1/admin/imports", Http.visitor()), 403);
        Expect.apiError(Http.send("GET", "/api/v1/admin/listings.csv", Http.visitor()), 403);

        // cancelled before it started: it takes no more files, starts no more, imports nothing
        send(id, PAGE_1, "application/json", fixture(PAGE_1));
        assertThat(get(id).getJsonObject("rows").getInt("total")).isEqualTo(5);
        JsonObject cancelled = operatorPost("/api/v1/admin/imports/" + id + "/cancel").json();
        assertThat(cancelled.getString("state")).isEqualTo("cancelled");
        Expect.apiError(operatorPost("/api/v1/admin/imports/" + id + "/start"), 409);
        Expect.apiError(send(id, PAGE_2, "application/json", fixture(PAGE_2)), 400);
        assertThat(activeInDatabase()).isZero();
    }

    // --- the operators' API, as scripts/import.sh uses it

    static JsonObject importLocator(boolean deactivateMissing, String... pages) {
        long id = open("locator", deactivateMissing);
        for (int i = 0; i < pages.length; i++) {
            String name = pages[i].contains("\"page\": 2") ? PAGE_2 : PAGE_1;
            assertThat(send(id, name, "application/json", pages[i]).status()).isEqualTo(200);
        }
        return startAndAwait(id);
    }

    private static JsonObject problem(JsonObject report, String file, int row) {
        return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("file").equals(file) && p.getInt("row") == row)
                .findFirst()
                .orElseThrow();
    }

    private static String problemReason(JsonObject report, String field) {
        return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("field").equals(field))
                .findFirst()
                .orElseThrow()
                .getString("reason");
    }

    static List<String> names(String query) {
        Http.Answer answer = Http.get("/api/v1/facilities?size=50&" + query);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("name"))
                .toList();
    }

    static JsonObject onlyHit(String query) {
        JsonArray results =
                Http.get("/api/v1/facilities?size=50&" + query).json().getJsonArray("results");
        assertThat(results).hasSize(1);
        return results.getJsonObject(0);
    }

    private static String exportCsv() {
        Http.Answer export = operatorGet("/api/v1/admin/listings.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        return export.body();
    }

    static List<CSVRecord> parseCsv(String text) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> row(List<CSVRecord> rows, String name) {
        return rows.stream()
                .filter(r -> r.get("name").equals(name))
                .findFirst()
                .map(CSVRecord::toMap)
                .map(LinkedHashMap::new)
                .orElseThrow();
    }

    static String csv(List<Map<String, String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(rows.get(0).keySet());
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                printer.printRecord(header.stream().map(row::get).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String fixture(String name) {
        try (InputStream in = ListingImportIT.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
