package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, the order they are in ({@code distance}, {@code name} or {@code
 * relevance}), the facet counts when asked for ({@code facets=true}; else left out), and {@code
 * didYouMean} only when corrected keywords would help.
 */
@JsonbPropertyOrder({"total", "page", "size", "order", "links", "results", "facets", "didYouMean"})
public record FacilityListJson(
        long total,
        int page,
        int size,
        String order,
        PageLinks links,
        List<FacilityHitJson> results,
        Map<String, List<FacetJson>> facets,
        DidYouMeanJson didYouMean) {}
