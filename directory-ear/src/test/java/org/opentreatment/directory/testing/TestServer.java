package org.opentreatment.directory.testing;

import java.net.URI;

/** Where the test server answers: the port offset keeps it clear of anything on 8080. */
public final class TestServer {

    private TestServer() {}

    public static URI base() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "8180") + "/");
    }
}
