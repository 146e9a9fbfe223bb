package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Keywords as the directory spells them, when the words as typed found nothing: {@code q} and the
 * same search with them ({@code url}, under the API).
 */
@JsonbPropertyOrder({"q", "url"})
public record DidYouMeanJson(String q, String url) {}
