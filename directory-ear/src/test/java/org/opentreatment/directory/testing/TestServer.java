package org.opentreatment.directory.testing;

import java.net.URI;

/** Where the test server answers: the port offset keeps it clear of anything on 8080. */
public final class TestServer {

    private TestServer() {}

    public static URI base() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "8180") + "/");
    }

    /**
     * WildFly's HTTPS listener (a self-signed certificate that the server generates for localhost),
     * at 8443 plus the port offset.
     */
    public static int httpsPort() {
        return Integer.getInteger(
                "it.https.port", 8443 + Integer.getInteger("it.port.offset", 100));
    }
}
