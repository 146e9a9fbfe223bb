package org.opentreatment.directory.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the search index answers a query: every search goes through it. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness extends ProbeCheck {

    public SearchIndexReadiness() {
        super("search-index");
    }

    @Override
    boolean ask(DirectoryProbe probe, HealthCheckResponseBuilder response) {
        response.withData("documents", probe.indexedDocuments());
        return true;
    }
}
