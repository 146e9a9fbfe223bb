package org.opentreatment.directory.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.search.FilterGroup;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.Http.Answer;
import org.opentreatment.directory.testing.TestServer;

/**
 * What the API promises beyond its results: the OpenAPI document names every parameter the search
 * reads (taken from the packaged WAR's own {@code SearchParameters}, so a parameter added without
 * documentation fails here), entity tags and 304, CORS for public reads only, and paging links in
 * the body and the {@code Link} header. The 429 is {@code RateLimitIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    private static final String SEARCH = "/api/v1/facilities?state=OH&size=3";
    private static final String ORIGIN = "https://other.example.org";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theOpenApiDocumentListsEveryParameterTheSearchReads() {
        JsonObject document = openApi();
        JsonObject search =
                document.getJsonObject("paths")
                        .getJsonObject("/api/v1/facilities")
                        .getJsonObject("get");
        Map<String, JsonObject> documented = new LinkedHashMap<>();
        for (JsonObject parameter :
                search.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
            assertThat(parameter.getString("in")).isEqualTo("query");
            documented.put(parameter.getString("name"), parameter);
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(searchParameterNames());
        documented.forEach(
                (name, parameter) -> {
                    assertThat(parameter.getString("description", "")).as(name).isNotBlank();
                    assertThat(
                                    parameter.containsKey("example")
                                            || parameter.containsKey("examples"))
                            .as(name + " has an example")
                            .isTrue();
                });
        // A filter group lists exactly its vocabulary's codes
        for (FilterGroup group : FilterGroup.values()) {
            List<String> codes =
                    documented
                            .get(group.parameter())
                            .getJsonObject("schema")
                            .getJsonObject("items")
                            .getJsonArray("enum")
                            .getValuesAs(JsonString.class)
                            .stream()
                            .map(JsonString::getString)
                            .toList();
            assertThat(codes)
                    .as(group.parameter())
                    .containsExactlyElementsOf(
                            group.vocabulary().stream().map(v -> v.code()).toList());
        }
        assertThat(search.getJsonObject("responses").keySet())
                .contains("200", "304", "400", "429", "503");
        assertThat(
                        search.getJsonObject("responses")
                                .getJsonObject("400")
                                .getJsonObject("content")
                                .getJsonObject("application/json")
                                .getJsonObject("examples"))
                .isNotEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndLeavesTheOperatorsOut() {
        JsonObject document = openApi();

        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("info").getString("title")).contains("directory");
        assertThat(document.getJsonArray("servers").getJsonObject(0).getString("url"))
                .isEqualTo("/");
        assertThat(document.getJsonObject("paths").keySet())
                .contains("/api/v1/facilities", "/api/v1/facilities/{id}", "/api/v1/places")
                .noneMatch(path -> path.startsWith("/api/v1/admin"));
        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("FacilityListJson", "FacilityJson", "ErrorResponse", "PageLinks");
        // The same document as YAML, the format's default
        assertThat(Http.get("/openapi").body()).startsWith("---").contains("/api/v1/facilities:");
    }

    @Test
    void aRepeatedReadWithItsTagIsNotModifiedAndOtherParametersGetAnotherTag() {
        Answer first = Http.get(SEARCH);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");

        Answer again = get(SEARCH, "If-None-Match", tag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
        assertThat(again.headers().allValues("Cache-Control")).containsExactly("no-store");

        // Weak comparison, lists and * as RFC 9110 says
        assertThat(get(SEARCH, "If-None-Match", "W/" + tag).status()).isEqualTo(304);
        assertThat(get(SEARCH, "If-None-Match", "\"other\", " + tag).status()).isEqualTo(304);
        assertThat(get(SEARCH, "If-None-Match", "*").status()).isEqualTo(304);
        assertThat(get(SEARCH, "If-None-Match", "\"other\"").status()).isEqualTo(200);

        Answer changed = get(SEARCH + "&page=1", "If-None-Match", tag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);

        // HEAD: the GET's tag and length, no body
        Answer head = Http.send("HEAD", uri(SEARCH));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue(tag);
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(
                        String.valueOf(
                                first.body()
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                                        .length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void everyPublicReadHasATagAndTheOperatorsEndpointsNone() {
        long id = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        for (String read : List.of("/api/v1/facilities/" + id, "/api/v1/places?q=colu")) {
            Answer answer = Http.get(read);
            String tag = answer.headers().firstValue("ETag").orElseThrow();
            assertThat(get(read, "If-None-Match", tag).status()).as(read).isEqualTo(304);
        }
        // An error is not tagged
        assertThat(Http.get("/api/v1/facilities/999999999").headers().firstValue("ETag")).isEmpty();

        Answer admin = Http.send("GET", "/api/v1/admin/index", Http.operator());
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void anyOriginMayReadThePublicApiWithoutCredentials() {
        Answer answer = get(SEARCH, "Origin", ORIGIN);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("ETag", "Link");
        Expect.securityHeaders(answer, "a CORS read");
        // Errors too, so that another site's script can read what was wrong
        assertThat(
                        get("/api/v1/facilities?near=nowhere-at-all", "Origin", ORIGIN)
                                .headers()
                                .allValues("Access-Control-Allow-Origin"))
                .containsExactly("*");

        Answer preflight =
                Http.send(
                        "OPTIONS",
                        uri(SEARCH),
                        "Origin",
                        ORIGIN,
                        "Access-Control-Request-Method",
                        "GET",
                        "Access-Control-Request-Headers",
                        "if-none-match");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Origin"))
                .containsExactly("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("GET");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .containsIgnoringCase("If-None-Match");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        Expect.securityHeaders(preflight, "a preflight");

        // A preflight for anything but a read is not allowed
        Answer post =
                Http.send(
                        "OPTIONS",
                        uri(SEARCH),
                        "Origin",
                        ORIGIN,
                        "Access-Control-Request-Method",
                        "POST");
        assertThat(post.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theOperatorsEndpointsAndThePagesHaveNoCors() {
        Answer admin =
                Http.get(
                        uri("/api/v1/admin/index"),
                        "Origin",
                        ORIGIN,
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(Http.operator().getBytes()));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        Answer adminPreflight =
                Http.send(
                        "OPTIONS",
                        uri("/api/v1/admin/index"),
                        "Origin",
                        ORIGIN,
                        "Access-Control-Request-Method",
                        "GET");
        assertThat(adminPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(adminPreflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        // Also as the path is written in other ways that reach the same resource
        assertThat(
                        Http.send(
                                        "OPTIONS",
                                        uri("/api/v1//admin/index"),
                                        "Origin",
                                        ORIGIN,
                                        "Access-Control-Request-Method",
                                        "GET")
                                .headers()
                                .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();

        Answer page = get("/?near=43215", "Origin", ORIGIN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(page.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void pagingLinksFollowTheTotalAndTheSizeInTheBodyAndTheLinkHeader() {
        Answer firstPage = Http.get(SEARCH);
        JsonObject body = firstPage.json();
        int total = body.getInt("total");
        assertThat(total).as("listings in OH").isGreaterThan(6);
        int lastPage = (total + 2) / 3 - 1;
        JsonObject links = body.getJsonObject("links");

        assertThat(links.getString("self")).isEqualTo("/api/v1/facilities?state=OH&size=3");
        assertThat(links.getString("first")).isEqualTo("/api/v1/facilities?state=OH&size=3");
        assertThat(links.containsKey("prev")).isFalse();
        assertThat(links.getString("next")).isEqualTo("/api/v1/facilities?state=OH&page=1&size=3");
        assertThat(links.getString("last"))
                .isEqualTo("/api/v1/facilities?state=OH&page=" + lastPage + "&size=3");
        assertThat(linkHeader(firstPage))
                .containsEntry("self", links.getString("self"))
                .containsEntry("first", links.getString("first"))
                .containsEntry("next", links.getString("next"))
                .containsEntry("last", links.getString("last"))
                .doesNotContainKey("prev");

        // Following next, then prev, comes back; the last page holds the rest and has no next
        Answer second = Http.get(links.getString("next"));
        JsonObject secondLinks = second.json().getJsonObject("links");
        assertThat(second.json().getInt("page")).isEqualTo(1);
        assertThat(secondLinks.getString("prev")).isEqualTo(links.getString("first"));
        assertThat(linkHeader(second)).containsEntry("prev", links.getString("first"));

        JsonObject last = Http.get(links.getString("last")).json();
        assertThat(last.getInt("page")).isEqualTo(lastPage);
        assertThat(last.getJsonArray("results")).hasSize(total - lastPage * 3);
        assertThat(last.getJsonObject("links").containsKey("next")).isFalse();
        assertThat(last.getJsonObject("links").getString("prev"))
                .isEqualTo("/api/v1/facilities?state=OH&page=" + (lastPage - 1) + "&size=3");
    }

    @Test
    void aSearchWithoutResultsLinksOnlyToItsFirstPage() {
        JsonObject links =
                Http.get("/api/v1/facilities?state=OH&city=Zzyzx").json().getJsonObject("links");
        assertThat(links.keySet()).containsExactlyInAnyOrder("self", "first", "last");
        assertThat(links.getString("last")).isEqualTo(links.getString("first"));
    }

    private static JsonObject openApi() {
        Answer answer = get("/openapi?format=JSON", "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }

    /** The Link header as rel to address. */
    private static Map<String, String> linkHeader(Answer answer) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher link =
                Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"")
                        .matcher(answer.headers().firstValue("Link").orElseThrow());
        while (link.find()) {
            links.put(link.group(2), link.group(1));
        }
        return links;
    }

    /**
     * The names {@code SearchParameters.names()} gives in the WAR as packaged: the search's own
     * list of what it reads, loaded from the WAR's classes (the tests do not compile against them).
     */
    @SuppressWarnings("unchecked")
    private static List<String> searchParameterNames() {
        WebArchive war = Deployments.application().getAsType(WebArchive.class, "directory-web.war");
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "war-classes");
            war.as(ExplodedExporter.class).exportExploded(dir.toFile(), "war");
            URL classes = dir.resolve("war/WEB-INF/classes").toUri().toURL();
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes}, ApiContractIT.class.getClassLoader())) {
                Object names =
                        loader.loadClass("org.opentreatment.directory.web.search.SearchParameters")
                                .getMethod("names")
                                .invoke(null);
                List<String> list = new ArrayList<>((List<String>) names);
                assertThat(list).contains("near", "medication", "page");
                return list;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer get(String pathAndQuery, String... headers) {
        return Http.get(uri(pathAndQuery), headers);
    }

    private static URI uri(String pathAndQuery) {
        return TestServer.base().resolve(pathAndQuery.substring(1));
    }
}
