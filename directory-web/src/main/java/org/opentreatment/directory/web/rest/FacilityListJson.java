package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of search results; {@code didYouMean} only when corrected keywords would help. */
@JsonbPropertyOrder({"total", "page", "size", "results", "didYouMean"})
public record FacilityListJson(
        long total, int page, int size, List<FacilityHitJson> results, DidYouMeanJson didYouMean) {}
