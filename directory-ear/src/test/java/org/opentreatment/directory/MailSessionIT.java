package org.opentreatment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.mail.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentreatment.directory.testing.Deployments;

/**
 * The server's mail session takes its relay and sender from the deployer's settings
 * (configure-directory.cli; the test server is started with -Ddirectory.mail.host, .port and
 * .from).
 */
@ExtendWith(ArquillianExtension.class)
class MailSessionIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "mail-it.war")
                .addClass(MailSessionIT.class)
                .addAsLibraries(Deployments.jarOf(org.assertj.core.api.Assertions.class));
    }

    @Resource(lookup = "java:jboss/mail/Directory")
    Session mail;

    @Test
    void theRelayAndTheSenderComeFromTheSettings() {
        // Inside the server: the settings it was started with (arquillian.xml)
        assertThat(mail.getProperty("mail.smtp.host")).isEqualTo("localhost");
        assertThat(mail.getProperty("mail.smtp.port"))
                .isEqualTo(System.getProperty("directory.mail.port"))
                .isNotEqualTo("25");
        assertThat(mail.getProperty("mail.from")).isEqualTo("directory-it@example.org");
        assertThat(mail.getProperty("mail.smtp.auth")).isNull();
    }
}
