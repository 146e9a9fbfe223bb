package org.opentreatment.directory.web.hsds;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as HSDS writes: snake-case field names ({@code organization_id}) from the records'
 * camel-case components, nulls left out. Registered for {@link HsdsApi} only, so {@code /api/v1}
 * keeps its camel case.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class HsdsJsonb implements ContextResolver<Jsonb> {

    /** One for the application: a Jsonb is thread-safe and caches what it learnt of each type. */
    static final Jsonb JSONB =
            JsonbBuilder.create(
                    new JsonbConfig()
                            .withPropertyNamingStrategy(
                                    PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
