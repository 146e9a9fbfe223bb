package org.opentreatment.directory.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the place data injectable; it is read once, when first needed, and then shared. */
@ApplicationScoped
public class GazetteerProducer {

    @Produces
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }
}
