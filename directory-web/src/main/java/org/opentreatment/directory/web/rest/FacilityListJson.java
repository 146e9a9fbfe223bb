package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of search results; {@code didYouMean} is null unless corrected keywords would help. */
@JsonbNillable
@JsonbPropertyOrder({"total", "page", "size", "results", "didYouMean"})
public record FacilityListJson(
        long total, int page, int size, List<FacilityHitJson> results, DidYouMeanJson didYouMean) {}
