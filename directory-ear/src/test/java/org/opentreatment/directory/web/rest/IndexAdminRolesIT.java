package org.opentreatment.directory.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;
import org.opentreatment.directory.testing.Expect;
import org.opentreatment.directory.testing.Http;

/**
 * The operators' endpoint checks the role itself, not only through web.xml's URL pattern. Here
 * web.xml lets any signed-in account through ({@code **}), as a pattern that missed a path would,
 * or a server that matched paths otherwise than JAX-RS does: an account without the role {@code
 * operator} must still be refused, and must start nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndexAdminRolesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithWebXml(
                webXml ->
                        webXml.replaceFirst(
                                "(<auth-constraint>\\s*<role-name>)operator(</role-name>)",
                                "$1**$2"));
    }

    @Test
    void anAccountWithoutTheRoleIsRefusedByTheResourceAndStartsNothing() {
        JsonObject before = progress();

        Expect.apiError(Http.send("GET", "/api/v1/admin/index", Http.visitor()), 403);
        Expect.apiError(Http.postJson("/api/v1/admin/index", Http.visitor()), 403);

        assertThat(progress()).isEqualTo(before);
    }

    @Test
    void signingInIsStillNeededAndTheOperatorIsServed() {
        Expect.apiError(Http.send("GET", "/api/v1/admin/index", null), 401);
        assertThat(Http.send("GET", "/api/v1/admin/index", Http.operator()).status())
                .isEqualTo(200);
    }

    private static JsonObject progress() {
        Http.Answer answer = Http.send("GET", "/api/v1/admin/index", Http.operator());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
