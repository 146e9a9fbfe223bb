package org.opentreatment.directory.web.rest;

import java.util.List;

/** One page of search results. */
public record FacilityListJson(long total, int page, int size, List<FacilityHitJson> results) {}
