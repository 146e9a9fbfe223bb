package org.opentreatment.directory.web.manage;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.OpeningHours;

/**
 * Opening hours as the form edits them: a text field a day, such as "08:00-12:00, 13:00-17:00",
 * empty for a day it is closed. Every day empty means the listing gives no hours (people are asked
 * to call), not that it is always closed: a listing closed for now says so by its status.
 */
public final class HoursForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day's field. */
    public static final class Day implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DayOfWeek day;
        private String text;

        Day(DayOfWeek day, String text) {
            this.day = day;
            this.text = text;
        }

        /** MO, TU, ...: the stored form's code, and the field's id ({@code hours_MO}). */
        public String getCode() {
            return OpeningHours.code(day);
        }

        public String name(Locale locale) {
            String name = day.getDisplayName(TextStyle.FULL, locale);
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Days whose text is not hours; the page says so beside each. */
    public static final class NotHours extends Exception {

        private static final long serialVersionUID = 1L;

        private final List<String> codes;

        NotHours(List<String> codes) {
            super("not hours: " + codes, null, false, false);
            this.codes = List.copyOf(codes);
        }

        /** The days' codes: MO, TU, ... */
        public List<String> codes() {
            return codes;
        }
    }

    private final List<Day> days;

    private HoursForm(List<Day> days) {
        this.days = days;
    }

    public static HoursForm of(OpeningHours hours) {
        return new HoursForm(
                Stream.of(DayOfWeek.values())
                        .map(
                                day ->
                                        new Day(
                                                day,
                                                hours == null
                                                        ? null
                                                        : hours.on(day).stream()
                                                                .map(
                                                                        OpeningHours.Interval
                                                                                ::toString)
                                                                .collect(Collectors.joining(", "))))
                        .toList());
    }

    public List<Day> getDays() {
        return days;
    }

    /**
     * The hours the fields give; null when every day is empty.
     *
     * @throws NotHours naming every day whose text is not hours
     */
    public OpeningHours hours() throws NotHours {
        Map<DayOfWeek, List<OpeningHours.Interval>> open = new EnumMap<>(DayOfWeek.class);
        List<String> wrong = new ArrayList<>();
        for (Day day : days) {
            if (day.text == null || day.text.isBlank()) {
                continue;
            }
            // "8:00 - 12:00" and an en dash, as people type them, are the stored form's 08:00-12:00
            String text =
                    day.text
                            .strip()
                            .replace('\u2013', '-')
                            .replaceAll("\\s*-\\s*", "-")
                            .replaceAll("(?<![0-9])([0-9]):", "0$1:");
            try {
                open.put(day.day, OpeningHours.parse(day.getCode() + " " + text).on(day.day));
            } catch (IllegalArgumentException e) {
                wrong.add(day.getCode());
            }
        }
        if (!wrong.isEmpty()) {
            throw new NotHours(wrong);
        }
        return open.isEmpty() ? null : OpeningHours.of(open);
    }
}
