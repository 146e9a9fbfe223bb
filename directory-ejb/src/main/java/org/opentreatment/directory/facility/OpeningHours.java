package org.opentreatment.directory.facility;

import jakarta.persistence.AttributeConverter;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * When a facility is open, per day of the week: one or more intervals a day, or closed. A day
 * without intervals is closed; a facility that gives no hours at all has none (null on {@link
 * Facility}), which the page shows as "call for hours", not as "closed".
 *
 * <p>Stored as one column, like the vocabularies: {@code "MO 08:00-12:00,13:00-17:00;TU
 * 08:00-17:00"}, days in week order, closed days left out. A facility open around the clock has
 * {@code 00:00-23:59}, as schema.org writes it.
 */
public final class OpeningHours implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The column's length; the longest sensible week (three intervals a day) fits in it. */
    public static final int MAX_LENGTH = 500;

    /** One interval of a day: opens before it closes, both within the day. */
    public record Interval(LocalTime opens, LocalTime closes) implements Serializable {

        public Interval {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException(
                        "an interval must open before it closes: " + opens + "-" + closes);
            }
        }

        public static Interval of(String opens, String closes) {
            return new Interval(LocalTime.parse(opens), LocalTime.parse(closes));
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    private final Map<DayOfWeek, List<Interval>> days;

    private OpeningHours(Map<DayOfWeek, List<Interval>> days) {
        this.days = days;
    }

    /** Hours from each open day's intervals; days not given are closed. */
    public static OpeningHours of(Map<DayOfWeek, List<Interval>> open) {
        Map<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        open.forEach(
                (day, intervals) -> {
                    List<Interval> sorted = new ArrayList<>(intervals);
                    sorted.sort((a, b) -> a.opens().compareTo(b.opens()));
                    for (int i = 1; i < sorted.size(); i++) {
                        if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                            throw new IllegalArgumentException(
                                    "intervals overlap on " + day + ": " + sorted);
                        }
                    }
                    if (!sorted.isEmpty()) {
                        copy.put(day, List.copyOf(sorted));
                    }
                });
        return new OpeningHours(Collections.unmodifiableMap(copy));
    }

    /**
     * Reads the stored form ({@code "MO 08:00-17:00;SA 09:00-12:00"}).
     *
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static OpeningHours parse(String text) {
        Map<DayOfWeek, List<Interval>> open = new EnumMap<>(DayOfWeek.class);
        try {
            for (String day : text.strip().split("\\s*;\\s*")) {
                if (day.isEmpty()) {
                    continue;
                }
                String[] parts = day.split("\\s+", 2);
                DayOfWeek dayOfWeek = dayOf(parts[0]);
                if (parts.length < 2 || open.containsKey(dayOfWeek)) {
                    throw new IllegalArgumentException("no hours, or a day twice: " + day);
                }
                List<Interval> intervals = new ArrayList<>();
                for (String interval : parts[1].split("\\s*,\\s*")) {
                    String[] times = interval.strip().split("-");
                    if (times.length != 2) {
                        throw new IllegalArgumentException("not an interval: " + interval);
                    }
                    intervals.add(Interval.of(times[0], times[1]));
                }
                open.put(dayOfWeek, intervals);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not opening hours: " + text, e);
        }
        return of(open);
    }

    private static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equalsIgnoreCase(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + code);
    }

    /** The two-letter code of a day in the stored form: MO, TU, ... SU. */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The day's intervals in order; empty when closed that day. */
    public List<Interval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isClosedOn(DayOfWeek day) {
        return !days.containsKey(day);
    }

    /** Whether it is closed every day (a listing that says so, unlike one without hours). */
    public boolean isAlwaysClosed() {
        return days.isEmpty();
    }

    /** The stored form. */
    public String format() {
        return days.entrySet().stream()
                .map(
                        e ->
                                code(e.getKey())
                                        + " "
                                        + e.getValue().stream()
                                                .map(Interval::toString)
                                                .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours && hours.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * The column: null for a facility without hours, "" for one closed every day (so a listing that
     * says it is closed is not mistaken for one that says nothing).
     */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<OpeningHours, String> {

        @Override
        public String convertToDatabaseColumn(OpeningHours hours) {
            return hours == null ? null : hours.format();
        }

        @Override
        public OpeningHours convertToEntityAttribute(String column) {
            return column == null ? null : parse(column);
        }
    }
}
