package org.opentreatment.directory.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.OpeningHours;

class WeekHoursTest {

    private static final WeekHours.Words ENGLISH = new WeekHours.Words("Closed", "Open 24 hours");
    private static final WeekHours.Words SPANISH =
            new WeekHours.Words("Cerrado", "Abierto las 24 horas");

    @Test
    void everyDayFromMondayWithItsIntervalsOrClosed() {
        List<WeekHours.Row> rows =
                WeekHours.rows(
                        OpeningHours.parse("MO 08:00-12:00,13:00-17:30;SA 00:00-23:59"),
                        Locale.US,
                        ENGLISH);

        assertThat(rows)
                .extracting(WeekHours.Row::code)
                .containsExactly("MO", "TU", "WE", "TH", "FR", "SA", "SU");
        assertThat(rows.get(0).day()).isEqualTo("Monday");
        // JDK 20 and later put a narrow no-break space before AM and PM.
        assertThat(rows.get(0).hours().replace('\u202f', ' '))
                .isEqualTo("8:00 AM – 12:00 PM, 1:00 PM – 5:30 PM");
        assertThat(rows.get(1).hours()).isEqualTo("Closed");
        assertThat(rows.get(1).closed()).isTrue();
        assertThat(rows.get(5).hours()).isEqualTo("Open 24 hours");
    }

    @Test
    void spanishDaysAndTwentyFourHourTimes() {
        List<WeekHours.Row> rows =
                WeekHours.rows(OpeningHours.parse("MO 08:00-17:30"), new Locale("es"), SPANISH);

        assertThat(rows.get(0).day()).isEqualTo("Lunes");
        assertThat(rows.get(0).hours()).isEqualTo("8:00 – 17:30");
        assertThat(rows.get(6).day()).isEqualTo("Domingo");
        assertThat(rows.get(6).hours()).isEqualTo("Cerrado");
    }
}
