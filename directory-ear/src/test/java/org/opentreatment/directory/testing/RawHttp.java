package org.opentreatment.directory.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.0 over a socket of the test's own, for the requests that java.net.http cannot make: a
 * {@code Host} header of the test's choosing (that client refuses to set one), a request from
 * another loopback address (for limits per client address), and HTTPS to the test server's
 * self-signed certificate. HTTP/1.0, so the answer comes whole, unchunked, and the connection then
 * closes.
 */
public final class RawHttp {

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body = "";
    private String from;
    private boolean tls;

    private RawHttp(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** A request for a path (with its query) of the test server. */
    public static RawHttp request(String method, String path) {
        return new RawHttp(method, path);
    }

    public RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** HTTP Basic credentials, {@code "user:password"}. */
    public RawHttp credentials(String credentials) {
        return header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public RawHttp body(String contentType, String content) {
        body = content;
        return header("Content-Type", contentType);
    }

    /** Connects from this local address, for example {@code 127.0.0.2}: another client. */
    public RawHttp from(String localAddress) {
        from = localAddress;
        return this;
    }

    /** Over HTTPS, trusting the test server's self-signed certificate. */
    public RawHttp overTls() {
        tls = true;
        return this;
    }

    public Http.Answer send() {
        int port = tls ? TestServer.httpsPort() : TestServer.base().getPort();
        try (Socket socket = connect(port)) {
            socket.setSoTimeout(60_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            headers.putIfAbsent("Host", "localhost:" + port);
            if (content.length > 0 || "POST".equals(method)) {
                headers.put("Content-Length", String.valueOf(content.length));
            }
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
            headers.forEach(
                    (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        if (from != null) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        }
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
        if (!tls) {
            return socket;
        }
        SSLSocket secure =
                (SSLSocket)
                        Http.trustingAnyCertificate()
                                .getSocketFactory()
                                .createSocket(socket, "localhost", port, true);
        secure.startHandshake();
        return secure;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Http.Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("Not an HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        HttpHeaders all = HttpHeaders.of(headers, (name, value) -> true);
        return new Http.Answer(
                status, all.firstValue("Content-Type").orElse(""), text.substring(end + 4), all);
    }
}
