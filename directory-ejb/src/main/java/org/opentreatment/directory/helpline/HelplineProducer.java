package org.opentreatment.directory.helpline;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;

/**
 * The deployment's helpline, read from configuration once per application. A deployment may name
 * its own line, but only together with a "who answers" text; without one the SAMHSA line is shown
 * instead, and the misconfiguration is logged once, when the application starts.
 */
@ApplicationScoped
public class HelplineProducer {

    private static final Logger LOG = Logger.getLogger(HelplineProducer.class.getName());

    @Inject
    @ConfigProperty(name = Settings.HELPLINE_NUMBER)
    Optional<String> number;

    @Inject
    @ConfigProperty(name = Settings.HELPLINE_NAME)
    Optional<String> name;

    @Inject
    @ConfigProperty(name = Settings.HELPLINE_WHO_ANSWERS)
    Optional<String> whoAnswers;

    @Inject
    @ConfigProperty(name = Settings.HELPLINE_HOURS)
    Optional<String> hours;

    private Helpline helpline;

    @PostConstruct
    void resolve() {
        helpline = resolve(number, name, whoAnswers, hours);
    }

    // Resolved while the application starts, so a misconfiguration shows in the start-up log.
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        helpline();
    }

    // A record cannot be proxied, so pages get the one resolved value, not a scoped bean.
    @Produces
    @Named("helpline")
    Helpline helpline() {
        return helpline;
    }

    static Helpline resolve(
            Optional<String> number,
            Optional<String> name,
            Optional<String> whoAnswers,
            Optional<String> hours) {
        Optional<String> givenNumber = text(number);
        if (givenNumber.isEmpty()) {
            return Helpline.SAMHSA;
        }
        if (text(whoAnswers).isEmpty() || text(name).isEmpty()) {
            LOG.severe(
                    Settings.HELPLINE_NUMBER
                            + " is set without "
                            + Settings.HELPLINE_NAME
                            + " and "
                            + Settings.HELPLINE_WHO_ANSWERS
                            + ": showing SAMHSA's National Helpline instead");
            return Helpline.SAMHSA;
        }
        return new Helpline(
                text(name).get(),
                givenNumber.get(),
                text(whoAnswers).get(),
                text(hours).orElse(""));
    }

    // A disclosure of blanks discloses nothing: blank values count as missing.
    private static Optional<String> text(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
