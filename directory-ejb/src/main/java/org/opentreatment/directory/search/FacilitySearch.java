package org.opentreatment.directory.search;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
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
import org.opentreatment.directory.facility.SamhsaCoded;
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

    private static final AggregationKey<Map<String, Long>> STATES = AggregationKey.of("states");
    private static final AggregationKey<Map<String, Long>> CITIES = AggregationKey.of("cities");
    private static final int MAX_STATES = 100;
    // Texas, the state with most places, has about 1,800 cities with a ZIP of their own.
    private static final int MAX_CITIES = 5_000;

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

    /** How many active listings each state has, by USPS code: the region pages and the sitemap. */
    public Map<String, Long> countByState() {
        SearchSession session = Search.session(em);
        return session.search(session.scope(Facility.class))
                .select(f -> f.id())
                .where(f -> f.match().field("status").matching(ListingStatus.ACTIVE))
                .aggregation(
                        STATES,
                        f ->
                                f.terms()
                                        .field("address.state", String.class)
                                        .maxTermCount(MAX_STATES))
                .failAfter(timeLimitMillis, TimeUnit.MILLISECONDS)
                .fetch(0)
                .aggregation(STATES);
    }

    /**
     * How many active listings each city of the state has, by the city's name as {@link
     * PlaceNames#normalize} writes it, most listings first.
     */
    public Map<String, Long> countByCity(String state) {
        SearchSession session = Search.session(em);
        return session.search(session.scope(Facility.class))
                .select(f -> f.id())
                .where(
                        (f, root) -> {
                            root.add(f.match().field("status").matching(ListingStatus.ACTIVE));
                            root.add(f.match().field("address.state").matching(state));
                        })
                .aggregation(
                        CITIES,
                        f ->
                                f.terms()
                                        .field("address.city_key", String.class)
                                        .maxTermCount(MAX_CITIES))
                .failAfter(timeLimitMillis, TimeUnit.MILLISECONDS)
                .fetch(0)
                .aggregation(CITIES);
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
            return new SearchResult(0, query.page(), query.size(), List.of(), query.order(), null);
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
        var search =
                session.search(scope)
                        .select(
                                hitProjection(
                                        scope.projection(),
                                        center,
                                        MatchedWords.of(query.keywords())))
                        .where((f, root) -> criteria(f, root, query, center, null))
                        .sort(order(scope.sort(), query.order(), center))
                        .failAfter(timeLimitMillis, TimeUnit.MILLISECONDS);
        if (query.facets()) {
            for (FilterGroup group : FilterGroup.values()) {
                search = search.aggregation(key(group), f -> terms(f, group));
            }
            for (FilterFlag flag : FilterFlag.values()) {
                search =
                        search.aggregation(
                                key(flag),
                                f -> f.terms().field(flag.field(), Boolean.class).maxTermCount(2));
            }
        }
        var result = search.fetch(query.offset(), query.size());
        long total = result.total().hitCount();
        Facets facets = null;
        if (query.facets()) {
            Map<FilterGroup, Map<SamhsaCoded, Long>> groups = new EnumMap<>(FilterGroup.class);
            for (FilterGroup group : FilterGroup.values()) {
                groups.put(group, result.aggregation(key(group)));
            }
            // A group with values chosen: choosing one more adds the results that offer it and
            // none of the chosen ones, which one more count without the group's own filter gives.
            query.filters()
                    .forEach(
                            (group, chosen) -> {
                                Map<SamhsaCoded, Long> counts = new HashMap<>(groups.get(group));
                                othersOffering(
                                                session,
                                                scope,
                                                query,
                                                center,
                                                group,
                                                timeLimitMillis)
                                        .forEach(
                                                (value, more) -> {
                                                    if (!chosen.contains(value)) {
                                                        counts.put(value, total + more);
                                                    }
                                                });
                                group.vocabulary().stream()
                                        .filter(v -> !chosen.contains(v) && !counts.containsKey(v))
                                        .forEach(v -> counts.put(v, total));
                                groups.put(group, counts);
                            });
            Map<FilterFlag, Long> flags = new EnumMap<>(FilterFlag.class);
            for (FilterFlag flag : FilterFlag.values()) {
                flags.put(flag, result.aggregation(key(flag)).getOrDefault(true, 0L));
            }
            facets = new Facets(groups, flags);
        }
        return new SearchResult(
                total, query.page(), query.size(), result.hits(), query.order(), facets);
    }

    /**
     * For each value of the group, how many facilities match the rest of the search and offer the
     * value but none of the group's chosen values.
     */
    private static Map<SamhsaCoded, Long> othersOffering(
            SearchSession session,
            SearchScope<Facility> scope,
            SearchQuery query,
            GeoPoint center,
            FilterGroup group,
            int timeLimitMillis) {
        return session.search(scope)
                .select(f -> f.id())
                .where((f, root) -> criteria(f, root, query, center, group))
                .aggregation(key(group), f -> terms(f, group))
                .failAfter(timeLimitMillis, TimeUnit.MILLISECONDS)
                .fetch(0)
                .aggregation(key(group));
    }

    /**
     * Everything the query asks for, each a clause of {@code root}. With {@code inverted}, that
     * group's filter is turned round: facilities offering none of its chosen values.
     */
    private static void criteria(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?> root,
            SearchQuery query,
            GeoPoint center,
            FilterGroup inverted) {
        root.add(f.match().field("status").matching(ListingStatus.ACTIVE));
        if (query.hasRadius()) {
            root.add(
                    f.spatial()
                            .within()
                            .field(LOCATION)
                            .circle(center, query.radiusMiles(), DistanceUnit.MILES));
        }
        if (query.state() != null) {
            root.add(f.match().field("address.state").matching(query.state()));
        }
        if (query.city() != null) {
            root.add(
                    f.match()
                            .field("address.city_key")
                            .matching(PlaceNames.normalize(query.city())));
        }
        for (FilterFlag flag : query.flags()) {
            root.add(f.match().field(flag.field()).matching(true));
        }
        query.filters()
                .forEach(
                        (group, values) -> {
                            var offering = f.terms().field(group.field()).matchingAny(values);
                            root.add(group == inverted ? f.not(offering) : offering);
                        });
        if (query.keywords() != null) {
            root.add(
                    f.simpleQueryString()
                            .fields(KEYWORD_FIELDS)
                            .matching(query.keywords())
                            .defaultOperator(BooleanOperator.AND)
                            .flags(KEYWORD_SYNTAX));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AggregationFinalStep<Map<SamhsaCoded, Long>> terms(
            SearchAggregationFactory f, FilterGroup group) {
        return (AggregationFinalStep)
                f.terms()
                        .field(group.field(), (Class) group.type())
                        .maxTermCount(group.vocabulary().size());
    }

    private static AggregationKey<Map<SamhsaCoded, Long>> key(FilterGroup group) {
        return AggregationKey.of("group-" + group.parameter());
    }

    private static AggregationKey<Map<Boolean, Long>> key(FilterFlag flag) {
        return AggregationKey.of("flag-" + flag.parameter());
    }

    private static SearchProjection<FacilityHit> hitProjection(
            SearchProjectionFactory<?, ?> f, GeoPoint center, MatchedWords words) {
        if (center == null) {
            return f.composite()
                    .from(f.composite().as(FacilitySummary.class))
                    .as(summary -> FacilityHit.of(summary, null, words))
                    .toProjection();
        }
        return f.composite()
                .from(
                        f.composite().as(FacilitySummary.class),
                        f.distance(LOCATION, center).unit(DistanceUnit.MILES))
                .as((summary, miles) -> FacilityHit.of(summary, miles, words))
                .toProjection();
    }

    // The order asked for; name and id make it total, so the same query always pages the same way.
    private static SearchSort order(SearchSortFactory f, SearchOrder order, GeoPoint center) {
        return switch (order) {
            case DISTANCE ->
                    f.distance(LOCATION, center)
                            .then()
                            .field("name_sort")
                            .then()
                            .field("id_sort")
                            .toSort();
            case RELEVANCE -> f.score().then().field("name_sort").then().field("id_sort").toSort();
            case NAME -> f.field("name_sort").then().field("id_sort").toSort();
        };
    }
}
