package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentreatment.directory.search.Facets;
import org.opentreatment.directory.search.FilterFlag;
import org.opentreatment.directory.search.FilterGroup;
import org.opentreatment.directory.search.SearchQuery;

/**
 * One value of a filter in the API's {@code facets}: its code, its label, how many results the
 * search would give with it chosen as well (see {@link Facets}), and whether it is chosen. A
 * yes-or-no filter ({@code dualDiagnosis}) has one value, {@code "true"}.
 */
@JsonbPropertyOrder({"code", "label", "count", "chosen"})
public record FacetJson(String code, String label, long count, boolean chosen) {

    /** Every filter's values by URL parameter, flags first, in the page's order. */
    static Map<String, List<FacetJson>> of(Facets facets, SearchQuery query) {
        Map<String, List<FacetJson>> all = new LinkedHashMap<>();
        for (FilterFlag flag : FilterFlag.values()) {
            all.put(
                    flag.parameter(),
                    List.of(new FacetJson("true", null, facets.count(flag), query.has(flag))));
        }
        for (FilterGroup group : FilterGroup.values()) {
            var chosen = query.filters().getOrDefault(group, java.util.Set.of());
            all.put(
                    group.parameter(),
                    group.vocabulary().stream()
                            .map(
                                    v ->
                                            new FacetJson(
                                                    v.code(),
                                                    v.label(),
                                                    facets.count(group, v),
                                                    chosen.contains(v)))
                            .toList());
        }
        return all;
    }
}
