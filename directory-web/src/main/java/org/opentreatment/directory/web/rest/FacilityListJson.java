package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of search results. */
@JsonbPropertyOrder({"total", "page", "size", "results"})
public record FacilityListJson(long total, int page, int size, List<FacilityHitJson> results) {}
