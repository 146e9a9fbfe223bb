package org.opentreatment.directory.web.facility;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.web.http.Throttle;

/**
 * How many problem reports one client address may send: {@link Settings#REPORTS_PER_HOUR} an hour
 * (5), coming back evenly, so that nobody can bury the administrators in reports or fill the
 * database. The address is only a key in this node's memory; it is never stored with a report.
 */
@ApplicationScoped
public class ReportLimit {

    /** Addresses remembered at once; the least recently seen go first. */
    private static final long MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = Settings.REPORTS_PER_HOUR, defaultValue = "5")
    int perHour;

    @Inject
    @ConfigProperty(name = Settings.THROTTLE_EXEMPT_ADDRESSES)
    Optional<List<String>> exempt;

    private Throttle throttle;
    private Set<String> exemptAddresses;

    @PostConstruct
    void init() {
        throttle = new Throttle(Math.max(1, perHour), Duration.ofHours(1), MAX_CLIENTS);
        exemptAddresses = Set.copyOf(exempt.orElse(List.of()));
    }

    /** Takes one report from this address's budget: allowed, or how long to wait. */
    public Throttle.Verdict take(String address) {
        return exemptAddresses.contains(address)
                ? new Throttle.Verdict(true, Duration.ZERO)
                : throttle.take(address);
    }
}
