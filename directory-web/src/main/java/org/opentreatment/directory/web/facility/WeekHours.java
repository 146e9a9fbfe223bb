package org.opentreatment.directory.web.facility;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opentreatment.directory.facility.OpeningHours;
import org.opentreatment.directory.facility.OpeningHours.Interval;

/** Opening hours as the page shows them: a row per day, in the page's language. */
public final class WeekHours {

    /** One day: its name, and its hours or the words for closed or open all day. */
    public record Row(String code, String day, String hours, boolean closed) {}

    /** The words a row needs besides times: "Closed", "Open 24 hours". */
    public record Words(String closed, String allDay) {}

    /** 00:00-23:59, schema.org's way (and the stored form's) to say a whole day. */
    static final Interval ALL_DAY = new Interval(LocalTime.MIDNIGHT, LocalTime.of(23, 59));

    private WeekHours() {}

    /** Monday to Sunday, as people in the US and Spain alike read a week of opening hours. */
    public static List<Row> rows(OpeningHours hours, Locale locale, Words words) {
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return Stream.of(DayOfWeek.values())
                .map(
                        day -> {
                            List<Interval> intervals = hours.on(day);
                            String text =
                                    intervals.isEmpty()
                                            ? words.closed()
                                            : intervals.equals(List.of(ALL_DAY))
                                                    ? words.allDay()
                                                    : intervals.stream()
                                                            .map(
                                                                    i ->
                                                                            time.format(i.opens())
                                                                                    + " – "
                                                                                    + time.format(
                                                                                            i
                                                                                                    .closes()))
                                                            .collect(Collectors.joining(", "));
                            return new Row(
                                    OpeningHours.code(day),
                                    capitalized(day.getDisplayName(TextStyle.FULL, locale), locale),
                                    text,
                                    intervals.isEmpty());
                        })
                .toList();
    }

    private static String capitalized(String text, Locale locale) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
