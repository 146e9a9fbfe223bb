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
        Optional<String> number =
                config.getOptionalValue("directory.helpline.number", String.class);
        if (number.isEmpty()) {
            return Helpline.SAMHSA;
        }
        Optional<String> whoAnswers =
                config.getOptionalValue("directory.helpline.who-answers", String.class);
        Optional<String> name = config.getOptionalValue("directory.helpline.name", String.class);
        if (whoAnswers.isEmpty() || name.isEmpty()) {
            LOG.severe(
                    "directory.helpline.number is set without directory.helpline.name and "
                            + "directory.helpline.who-answers: showing SAMHSA's National Helpline instead");
            return Helpline.SAMHSA;
        }
        String hours = config.getOptionalValue("directory.helpline.hours", String.class).orElse("");
        return new Helpline(name.get(), number.get(), whoAnswers.get(), hours);
    }
}
