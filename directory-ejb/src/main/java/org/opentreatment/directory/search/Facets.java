package org.opentreatment.directory.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opentreatment.directory.facility.SamhsaCoded;

/**
 * For every filter value and flag, how many results the search would give with it chosen as well:
 * what a person sees beside each checkbox. For a value of a group with nothing chosen, that is the
 * results that offer it; for a value of a group with values chosen, the results now plus those that
 * offer it and none of the chosen ones (values within a group combine with OR). For a value or flag
 * already chosen, it is the number of results now that have it.
 */
public record Facets(Map<FilterGroup, Map<SamhsaCoded, Long>> groups, Map<FilterFlag, Long> flags) {

    public Facets {
        Map<FilterGroup, Map<SamhsaCoded, Long>> copied = new EnumMap<>(FilterGroup.class);
        for (FilterGroup group : FilterGroup.values()) {
            Map<SamhsaCoded, Long> given = groups.getOrDefault(group, Map.of());
            Map<SamhsaCoded, Long> counts = new LinkedHashMap<>();
            // Every value, in the vocabulary's order, a value no result has counted as 0.
            group.vocabulary().forEach(v -> counts.put(v, given.getOrDefault(v, 0L)));
            copied.put(group, Collections.unmodifiableMap(counts));
        }
        groups = Collections.unmodifiableMap(copied);
        Map<FilterFlag, Long> flagCounts = new EnumMap<>(FilterFlag.class);
        for (FilterFlag flag : FilterFlag.values()) {
            flagCounts.put(flag, flags.getOrDefault(flag, 0L));
        }
        flags = Collections.unmodifiableMap(flagCounts);
    }

    public long count(FilterGroup group, SamhsaCoded value) {
        return groups.get(group).getOrDefault(value, 0L);
    }

    public long count(FilterFlag flag) {
        return flags.get(flag);
    }
}
