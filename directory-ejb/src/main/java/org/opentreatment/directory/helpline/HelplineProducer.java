package org.opentreatment.directory.helpline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the deployment's helpline from configuration. A deployment may name its own line, but only
 * together with a "who answers" text; without one the SAMHSA line is shown instead.
 */
@ApplicationScoped
public class HelplineProducer {

    private static final Logger LOG = Logger.getLogger(HelplineProducer.class.getName());

    // A record cannot be proxied, so it is produced once per injection point rather than scoped.
    @Produces
    @Named("helpline")
    Helpline helpline() {
        return fromConfig(ConfigProvider.getConfig());
    }

    static Helpline fromConfig(Config config) {
        Optional<String> number = text(config, "directory.helpline.number");
        if (number.isEmpty()) {
            return Helpline.SAMHSA;
        }
        Optional<String> whoAnswers = text(config, "directory.helpline.who-answers");
        Optional<String> name = text(config, "directory.helpline.name");
        if (whoAnswers.isEmpty() || name.isEmpty()) {
            LOG.severe(
                    "directory.helpline.number is set without directory.helpline.name and "
                            + "directory.helpline.who-answers: showing SAMHSA's National Helpline instead");
            return Helpline.SAMHSA;
        }
        String hours = text(config, "directory.helpline.hours").orElse("");
        return new Helpline(name.get(), number.get(), whoAnswers.get(), hours);
    }

    // A disclosure of blanks discloses nothing: blank values count as missing.
    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
