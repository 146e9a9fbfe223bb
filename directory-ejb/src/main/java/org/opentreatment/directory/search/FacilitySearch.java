package org.opentreatment.directory.search;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.opentreatment.directory.availability.Availability;
import org.opentreatment.directory.availability.NotReadyException;
import org.opentreatment.directory.availability.Outages;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.geo.PlaceNames;
import org.opentreatment.directory.shared.Settings;

/**
 * The public search: facilities within a radius of a point, narrowed by state, city, dual
 * diagnosis, filter groups and keywords. Answers from the index alone; no entity is loaded. The web
 * module reads and checks what was asked (pages and API alike) and hands over a {@link
 * SearchQuery}.
 */
@Stateless
public class FacilitySearch {

    static final String LOCATION = "location";
    static final String[] KEYWORD_FIELDS = {
        "name", "alternateName", "services", "description", "address.city"
    };

    private static final Logger LOG = Logger.getLogger(FacilitySearch.class.getName());

    // Quotes, +, |, - and * work; fuzzy "~" is left out: each fuzzy word expands to many terms in
    // every field, and a few dozen of them exceed Lucene's clause limit. KeywordSpelling corrects
    // typos instead, with one extra term per word.
    static final Set<SimpleQueryFlag> KEYWORD_SYNTAX =
            EnumSet.of(
                    SimpleQueryFlag.AND,
                    SimpleQueryFlag.OR,
                    SimpleQueryFlag.NOT,
                    SimpleQueryFlag.PHRASE,
                    SimpleQueryFlag.PREFIX,
                    SimpleQueryFlag.PRECEDENCE,
                    SimpleQueryFlag.WHITESPACE,
                    SimpleQueryFlag.ESCAPE);

    @PersistenceContext EntityManager em;

    @Inject Instance<MeterRegistry> meterRegistry;

    @Inject Availability availability;

    private final KeywordSpelling spelling = KeywordSpelling.standard();

    @Inject
    @ConfigProperty(
            name = Settings.SEARCH_TIME_LIMIT_MILLIS,
            defaultValue = "" + SearchLimits.DEFAULT_TIME_LIMIT_MILLIS)
    int timeLimitMillis;

    /**
     * Runs the search; counted and timed, by outcome and whether it had a location.
     *
     * @throws KeywordsNotSearchable if the index cannot run the keywords as given
     * @throws SearchTimedOut if the index took longer than the time limit
     * @throws NotReadyException if nothing was found before the start-up work has run (the index
     *     may simply not be built yet)
     */
    public SearchResult search(@NotNull @Valid SearchQuery query) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            SearchResult result = run(query.withKeywords(spelling.widen(query.keywords())));
            if (result.total() == 0 && !availability.isStarted()) {
                // Deployed while the database was down: the index may simply not be built yet.
                throw new NotReadyException("No results before the start-up work has run");
            }
            outcome = "ok";
            return result;
        } catch (KeywordsNotSearchable e) {
            outcome = "invalid";
            throw e;
        } catch (SearchTimedOut e) {
            outcome = "timeout";
            throw e;
        } finally {
            record(outcome, query.hasCenter() ? "point" : "none", System.nanoTime() - start);
        }
    }

    /**
     * How many listings the query finds with its keywords exactly as given, without spelling
     * corrections (at most one result is fetched): whether typed words or a correction find
     * anything. Neither counted nor timed as a search.
     */
    public long countAsTyped(@NotNull @Valid SearchQuery query) {
        return run(query.firstResultOnly()).total();
    }

    /** Counts a search refused for its parameters before it reached the index. */
    public void countRefused(long nanos) {
        record("invalid", "none", nanos);
    }

    // Counts and latency per outcome and whether a location was given: never what was searched.
    private void record(String outcome, String location, long nanos) {
        if (!meterRegistry.isResolvable()) {
            return; // a server without Micrometer
        }
        // WildFly's registry refuses MeterRegistry.config(), which Timer.builder() needs.
        meterRegistry
                .get()
                .timer("directory.search", "outcome", outcome, "location", location)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private SearchResult run(SearchQuery query) {
        if (!query.withinResultWindow()) {
            return new SearchResult(0, query.page(), query.size(), List.of());
        }
        GeoPoint center =
                query.hasCenter()
                        ? GeoPoint.of(query.center().latitude(), query.center().longitude())
                        : null;
        SearchSession session = Search.session(em);
        SearchScope<Facility> scope = session.scope(Facility.class);
        try {
            return fetch(session, scope, query, center, timeLimitMillis);
        } catch (SearchTimeoutException e) {
            LOG.info(() -> "A search was stopped after " + timeLimitMillis + " ms");
            throw new SearchTimedOut(e);
        } catch (SearchException e) {
            if (query.keywords() == null || Outages.isSearchUnavailable(e)) {
                throw e;
            }
            // Keyword syntax the index cannot run is the person's input, not our failure.
            LOG.log(Level.FINE, "Keywords could not be searched", e);
            throw new KeywordsNotSearchable(e);
        }
    }

    private static SearchResult fetch(
            SearchSession session,
            SearchScope<Facility> scope,
            SearchQuery query,
            GeoPoint center,
            int timeLimitMillis) {
        var result =
                session.search(scope)
                        .select(hitProjection(scope.projection(), center))
                        .where(
                                (f, root) -> {
                                    root.add(
                                            f.match()
                                                    .field("status")
                                                    .matching(ListingStatus.ACTIVE));
                                    if (center != null) {
                                        root.add(
                                                f.spatial()
                                                        .within()
                                                        .field(LOCATION)
                                                        .circle(
                                                                center,
                                                                query.radiusMiles(),
                                                                DistanceUnit.MILES));
                                    }
                                    if (query.state() != null) {
                                        root.add(
                                                f.match()
                                                        .field("address.state")
                                                        .matching(query.state()));
                                    }
                                    if (query.city() != null) {
                                        root.add(
                                                f.match()
                                                        .field("address.city_key")
                                                        .matching(
                                                                PlaceNames.normalize(
                                                                        query.city())));
                                    }
                                    if (query.dualDiagnosis()) {
                                        root.add(f.match().field("dualDiagnosis").matching(true));
                                    }
                                    query.filters()
                                            .forEach(
                                                    (group, values) ->
                                                            root.add(
                                                                    f.terms()
                                                                            .field(group.field())
                                                                            .matchingAny(values)));
                                    if (query.keywords() != null) {
                                        root.add(
                                                f.simpleQueryString()
                                                        .fields(KEYWORD_FIELDS)
                                                        .matching(query.keywords())
                                                        .defaultOperator(BooleanOperator.AND)
                                                        .flags(KEYWORD_SYNTAX));
                                    }
                                })
                        .sort(order(scope.sort(), center))
                        .failAfter(timeLimitMillis, TimeUnit.MILLISECONDS)
                        .fetch(query.offset(), query.size());
        return new SearchResult(
                result.total().hitCount(), query.page(), query.size(), result.hits());
    }

    private static SearchProjection<FacilityHit> hitProjection(
            SearchProjectionFactory<?, ?> f, GeoPoint center) {
        if (center == null) {
            return f.composite()
                    .from(f.composite().as(FacilitySummary.class))
                    .as(summary -> FacilityHit.of(summary, null))
                    .toProjection();
        }
        return f.composite()
                .from(
                        f.composite().as(FacilitySummary.class),
                        f.distance(LOCATION, center).unit(DistanceUnit.MILES))
                .as(FacilityHit::of)
                .toProjection();
    }

    // Nearest first when there is a point, else best match; name and id make the order total, so
    // the same query always pages the same way.
    private static SearchSort order(SearchSortFactory f, GeoPoint center) {
        var first = center != null ? f.distance(LOCATION, center) : f.score();
        return first.then().field("name_sort").then().field("id_sort").toSort();
    }
}
