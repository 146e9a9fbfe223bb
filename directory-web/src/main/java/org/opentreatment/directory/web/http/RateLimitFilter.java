package org.opentreatment.directory.web.http;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.web.rest.ErrorResponse;

/**
 * Limits how many requests one client address may make to the public pages and the API per minute
 * ({@code directory.rate-limit.per-minute}; 0 for no limit), so that no one client can take the
 * directory from everyone else. Past it, the answer is 429 with {@code Retry-After}: the page says
 * so with the helplines, the API in its JSON error. The page's own style sheets and scripts, and
 * the operators' endpoints (which have their own lock-out), are not counted. Behind a proxy, the
 * server must take the client's address from {@code X-Forwarded-For} (WildFly's {@code
 * proxy-address-forwarding}), or every visitor shares the proxy's budget.
 */
@WebFilter(urlPatterns = "/*")
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    private static final Jsonb JSON = JsonbBuilder.create();

    static final String TOO_MANY_PAGE = "/errors/too-many-requests.xhtml";

    /** Addresses remembered at once; more are forgotten least recently used first. */
    static final long MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = Settings.RATE_LIMIT_PER_MINUTE, defaultValue = "300")
    int perMinute;

    @Inject
    @ConfigProperty(name = Settings.THROTTLE_EXEMPT_ADDRESSES)
    Optional<List<String>> exempt;

    private transient Throttle throttle;
    private transient Set<String> exemptAddresses;
    private final AtomicLong lastLogged = new AtomicLong();

    @Override
    public void init() {
        throttle =
                perMinute > 0 ? new Throttle(perMinute, Duration.ofMinutes(1), MAX_CLIENTS) : null;
        exemptAddresses = Set.copyOf(exempt.orElse(List.of()));
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (throttle == null || notCounted(request)) {
            chain.doFilter(request, response);
            return;
        }
        Throttle.Verdict verdict = throttle.take(request.getRemoteAddr());
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        // Never the address: it is personal data. At most a line a minute, whatever the load.
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last > 60_000 && lastLogged.compareAndSet(last, now)) {
            LOG.info("A client went past the rate limit of " + perMinute + " requests a minute");
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
        if (RequestHeadersFilter.isApi(request)) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.toJson(
                    ErrorResponse.of(
                            null,
                            "Too many requests from your address. Please wait "
                                    + verdict.retryAfterSeconds()
                                    + " seconds."),
                    response.getWriter());
            return;
        }
        request.getRequestDispatcher(TOO_MANY_PAGE).forward(request, response);
    }

    private boolean notCounted(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/api/v1/admin/")
                || exemptAddresses.contains(request.getRemoteAddr());
    }
}
