package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Http;
import org.opentreatment.directory.testing.TestServer;

/**
 * Sends what an attacker or a broken client would: malformed values for every parameter and header
 * of every public route, pages and API, GET and POST, forged page state, other methods, huge and
 * repeated values. None may be answered with a 5xx (501 for a method the server does not know is
 * fine), show a Java class name or a stack trace, or write more than a couple of lines to the
 * server's log. Bounded: about 1,500 requests, a few seconds each at the very most.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MalformedRequestsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A log line per refused request is expected; a stack trace is dozens. */
    static final int MAX_LOG_LINES_PER_REQUEST = 3;

    private static final Pattern JAVA_LEAK =
            Pattern.compile(
                    "(\\b(java|jakarta|javax|org|com|io)\\.[a-z0-9_.]+\\.[A-Z][A-Za-z]*(Exception|Error)\\b)"
                            + "|(\\tat )|(\\.java:\\d+)|(Caused by)");

    private static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    static final List<String> SEARCH_PARAMETERS =
            List.of(
                    "near",
                    "lat",
                    "lon",
                    "radius",
                    "state",
                    "city",
                    "dualDiagnosis",
                    "medication",
                    "q",
                    "page",
                    "size");

    static final List<String> BAD_VALUES =
            List.of(
                    "",
                    "%20",
                    "%00",
                    "%0d%0aSet-Cookie:%20x=1",
                    "%FF%FE",
                    "%F0%9F%98%80%E2%80%AE",
                    "%25",
                    "%25%25",
                    "-1",
                    "1e309",
                    "NaN",
                    "99999999999999999999999",
                    "0x1F",
                    "..%2F..%2Fetc%2Fpasswd",
                    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                    "%27%20OR%201%3D1--",
                    "%22%7D%7B%22a%22%3A1",
                    "a*%7Cb*%7Cc*%7Cd*%7Ce*%7Cf*",
                    "%5C",
                    "x".repeat(5_000),
                    String.join(",", Collections.nCopies(3_000, "BU")));

    @Test
    void noMalformedRequestIsAServerErrorLeaksJavaOrFloodsTheLog() throws Exception {
        long id = Http.anyListingIn("OH").getJsonNumber("id").longValue();
        List<Probe> probes = new ArrayList<>();

        // every parameter of the search page and the API, each bad value, alone and repeated
        for (String route : List.of("/", "/api/v1/facilities")) {
            for (String parameter : SEARCH_PARAMETERS) {
                for (String value : BAD_VALUES) {
                    probes.add(Probe.get(route + "?" + parameter + "=" + value));
                }
                probes.add(
                        Probe.get(
                                route
                                        + "?"
                                        + String.join(
                                                "&",
                                                Collections.nCopies(200, parameter + "=43215"))));
            }
            probes.add(Probe.get(route + "?" + "x".repeat(6_000) + "=1"));
        }

        List<String> routes =
                List.of(
                        "/",
                        "/about",
                        "/facility/" + id,
                        "/facility/" + id + "/some-slug",
                        "/facility.xhtml?id=" + id,
                        "/errors/bad-request.xhtml",
                        "/errors/server-error.xhtml",
                        "/api/v1/facilities?near=43215",
                        "/api/v1/facilities/" + id,
                        "/api/v1/admin/index",
                        "/no/such/page",
                        "/jakarta.faces.resource/css/directory.css.xhtml");

        // facility addresses and ids that are not what they should be
        for (String bad :
                List.of(
                        "abc",
                        "-1",
                        "0",
                        "99999999999999999999",
                        "1%00",
                        "1.5",
                        "%2e%2e",
                        "1/../../x",
                        "1/" + "s".repeat(3_000))) {
            probes.add(Probe.get("/facility/" + bad));
            probes.add(Probe.get("/api/v1/facilities/" + bad));
            probes.add(Probe.get("/facility.xhtml?id=" + bad));
        }

        // headers that cannot be read, on every route
        Map<String, List<String>> badHeaders =
                Map.of(
                        "Accept",
                        List.of(
                                ";;;",
                                "text/html;q=abc",
                                "a/b/c, */*;q=",
                                "*/*;q=2",
                                "text/html,,,",
                                "x".repeat(2_000),
                                "text/plain"),
                        "Content-Type",
                        List.of(
                                ";;",
                                "multipart/form-data; boundary=",
                                "text/html; charset=xx-bogus"),
                        "Authorization",
                        List.of(
                                "Basic %%%",
                                "Basic !!!",
                                "Basic",
                                "basic =",
                                "Basic " + "A".repeat(5_000),
                                "Basic dXNlcg==",
                                "Bearer x",
                                "Digest username=\"a\""),
                        "Faces-Request",
                        List.of("partial/ajax"),
                        "If-Modified-Since",
                        List.of("yesterday", "Thu, 99 Foo 2026 99:99:99 GMT"),
                        "Range",
                        List.of("bytes=abc", "bytes=9999999999-1"),
                        "Cookie",
                        List.of("JSESSIONID=%%%; ; =;", "x=" + "y".repeat(3_000)),
                        "X-Forwarded-For",
                        List.of("not-an-address", "999.999.999.999"));
        for (String route : routes) {
            badHeaders.forEach(
                    (header, values) ->
                            values.forEach(
                                    value -> probes.add(Probe.get(route).with(header, value))));
        }

        // forged page state on a postback to every page, and other methods
        List<String> viewStates =
                List.of(
                        "garbage",
                        "AAAA%3D%3D",
                        "-1%3A-1",
                        "%00%00",
                        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA%3D%3D",
                        "x".repeat(20_000));
        for (String route : routes) {
            for (String viewState : viewStates) {
                String form =
                        "search=search&search%3Anear=43215&search%3Asubmit=&jakarta.faces.ViewState="
                                + viewState;
                probes.add(Probe.post(route, form, "application/x-www-form-urlencoded"));
                probes.add(
                        Probe.post(
                                        route,
                                        form
                                                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=search%3Asubmit",
                                        "application/x-www-form-urlencoded")
                                .with("Faces-Request", "partial/ajax"));
            }
            probes.add(Probe.post(route, "{\"a\":", "application/json"));
            probes.add(Probe.post(route, "x".repeat(200_000), "text/plain"));
            for (String method :
                    List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO")) {
                probes.add(Probe.method(method, route));
            }
        }

        ServerLog log =
                new ServerLog(
                        Path.of(
                                System.getProperty("jboss.home"),
                                "standalone",
                                "log",
                                "server.log"));
        SoftAssertions softly = new SoftAssertions();
        for (Probe probe : probes) {
            HttpResponse<String> answer = probe.send();
            // Lines the server writes just after answering count for the next request: the bound
            // per request allows for it, and the total is checked as well.
            long written = log.newLines();
            int status = answer.statusCode();
            softly.assertThat(status)
                    .as(probe.toString())
                    .satisfiesAnyOf(
                            s -> assertThat(s).isLessThan(500), s -> assertThat(s).isEqualTo(501));
            softly.assertThat(answer.body()).as(probe.toString()).doesNotContainPattern(JAVA_LEAK);
            softly.assertThat(written)
                    .as("log lines around " + probe)
                    .isLessThanOrEqualTo(MAX_LOG_LINES_PER_REQUEST);
        }
        sleep(500);
        log.newLines();
        softly.assertThat(probes).hasSizeGreaterThan(1_000);
        softly.assertThat(log.total())
                .as("log lines for %d requests", probes.size())
                .isLessThanOrEqualTo(probes.size());
        softly.assertAll();
    }

    @Test
    void pagesAnswerOtherMethodsWith405AndThePageWithTheHelplines() throws Exception {
        for (String method : List.of("PUT", "DELETE")) {
            for (String route : List.of("/", "/about")) {
                HttpResponse<String> answer = Probe.method(method, route).send();

                assertThat(answer.statusCode()).as(method + " " + route).isEqualTo(405);
                assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
                assertThat(answer.body()).contains("1-800-662-4357").contains("988");
            }
        }
    }

    /** Counts the lines the server appends to its log, reading only what is new each time. */
    private static final class ServerLog {
        private final Path file;
        private long position;
        private long total;

        ServerLog(Path file) throws IOException {
            this.file = file;
            this.position = Files.size(file);
        }

        long newLines() throws IOException {
            long count = 0;
            try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
                log.seek(position);
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = log.read(buffer)) > 0) {
                    position += read;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            count++;
                        }
                    }
                }
            }
            total += count;
            return count;
        }

        long total() {
            return total;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request to send, with what makes it malformed. */
    record Probe(String method, String pathAndQuery, String body, Map<String, String> headers) {

        static Probe get(String pathAndQuery) {
            return new Probe("GET", pathAndQuery, null, Map.of());
        }

        static Probe post(String path, String body, String contentType) {
            return new Probe("POST", path, body, Map.of("Content-Type", contentType));
        }

        static Probe method(String method, String path) {
            return new Probe(method, path, null, Map.of());
        }

        Probe with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Probe(method, pathAndQuery, body, more);
        }

        HttpResponse<String> send() throws IOException, InterruptedException {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(uri())
                            .timeout(Duration.ofSeconds(30))
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri() {
            return TestServer.base().resolve(pathAndQuery.substring(1));
        }

        @Override
        public String toString() {
            String shown =
                    pathAndQuery.length() > 120
                            ? pathAndQuery.substring(0, 120) + "…"
                            : pathAndQuery;
            return method + " " + shown + (headers.isEmpty() ? "" : " " + abbreviated(headers));
        }

        private static String abbreviated(Map<String, String> headers) {
            StringBuilder out = new StringBuilder();
            headers.forEach(
                    (name, value) ->
                            out.append(name)
                                    .append(": ")
                                    .append(
                                            value.length() > 40
                                                    ? value.substring(0, 40) + "…"
                                                    : value)
                                    .append("; "));
            return out.toString();
        }
    }
}
