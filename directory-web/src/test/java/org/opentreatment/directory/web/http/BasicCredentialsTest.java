package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    @Test
    void theNameBeforeTheFirstColon() {
        assertThat(BasicCredentials.account(basic("alice:se:cret"))).hasValue("alice");
        assertThat(BasicCredentials.account("basic  " + encode("Alice:x") + " ")).hasValue("Alice");
    }

    /** Whatever a client sends, the answer is a name or none, never an exception. */
    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "Basic",
                "Basic ",
                "Basic !!!not-base64!!!",
                "Basic ====",
                "Basic YWxpY2U", // "alice" without padding or colon
                "Basic YWxpY2U=", // "alice": no colon
                "Basic OnNlY3JldA==", // ":secret": no name
                "Bearer eyJhbGciOiJub25lIn0",
                "malformed",
                "Basicx YWxpY2U6eA=="
            })
    void anythingElseNamesNoAccount(String header) {
        assertThat(BasicCredentials.account(header)).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8DoNotThrow() {
        byte[] latin1 = "j\u00f6rg:x".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(BasicCredentials.account("Basic " + Base64.getEncoder().encodeToString(latin1)))
                .hasValue("j\ufffdrg");
    }

    static String basic(String credentials) {
        return "Basic " + encode(credentials);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
