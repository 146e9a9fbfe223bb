package org.opentreatment.directory.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void aPageGetsTheWholePolicyWithTheNonceOfPrimeFacesPolicy() {
        String nonce = ContentSecurityPolicy.newNonce();

        assertThat(ContentSecurityPolicy.withNonceOf("script-src 'self' 'nonce-" + nonce + "';"))
                .isEqualTo(
                        ContentSecurityPolicy.WITHOUT_NONCE
                                + "; script-src 'self' 'nonce-"
                                + nonce
                                + "'");
    }

    @Test
    void anythingElseSetAsAPolicyGivesThePolicyWithoutNonce() {
        assertThat(ContentSecurityPolicy.withNonceOf("default-src *"))
                .isEqualTo(ContentSecurityPolicy.WITHOUT_NONCE);
        assertThat(ContentSecurityPolicy.withNonceOf("script-src 'nonce-a b'; img-src *"))
                .isEqualTo(ContentSecurityPolicy.WITHOUT_NONCE);
    }

    @Test
    void aNonceIsBase64OfAUuidAsPrimeFacesMakesThem() {
        assertThat(ContentSecurityPolicy.isNonce(ContentSecurityPolicy.newNonce())).isTrue();
        assertThat(ContentSecurityPolicy.newNonce()).isNotEqualTo(ContentSecurityPolicy.newNonce());
        assertThat(ContentSecurityPolicy.isNonce(null)).isFalse();
        assertThat(ContentSecurityPolicy.isNonce("")).isFalse();
        assertThat(ContentSecurityPolicy.isNonce("abc")).isFalse();
        assertThat(ContentSecurityPolicy.isNonce("not base64!")).isFalse();
    }
}
