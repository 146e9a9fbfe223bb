package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentreatment.directory.facility.OpeningHours.Interval;

class OpeningHoursTest {

    @Test
    void readsAndWritesTheStoredFormWithSeveralIntervalsADay() {
        OpeningHours hours = OpeningHours.parse("MO 08:00-12:00,13:00-17:00;SA 09:00-12:00");

        assertThat(hours.on(DayOfWeek.MONDAY))
                .containsExactly(Interval.of("08:00", "12:00"), Interval.of("13:00", "17:00"));
        assertThat(hours.on(DayOfWeek.SATURDAY)).containsExactly(Interval.of("09:00", "12:00"));
        assertThat(hours.isClosedOn(DayOfWeek.TUESDAY)).isTrue();
        assertThat(hours.isClosedOn(DayOfWeek.MONDAY)).isFalse();
        assertThat(hours.format()).isEqualTo("MO 08:00-12:00,13:00-17:00;SA 09:00-12:00");
        assertThat(OpeningHours.parse(hours.format())).isEqualTo(hours);
    }

    @Test
    void writesDaysInWeekOrderAndIntervalsInTimeOrderWhateverTheInput() {
        OpeningHours hours =
                OpeningHours.of(
                        Map.of(
                                DayOfWeek.SUNDAY, List.of(Interval.of("07:00", "09:00")),
                                DayOfWeek.MONDAY,
                                        List.of(
                                                Interval.of("13:00", "17:00"),
                                                Interval.of("08:00", "12:00"))));

        assertThat(hours.format()).isEqualTo("MO 08:00-12:00,13:00-17:00;SU 07:00-09:00");
    }

    @Test
    void closedEveryDayIsNotTheSameAsNoHours() {
        OpeningHours.Converter converter = new OpeningHours.Converter();

        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToDatabaseColumn(OpeningHours.of(Map.of()))).isEmpty();
        assertThat(converter.convertToEntityAttribute("").isAlwaysClosed()).isTrue();
    }

    @Test
    void refusesWhatIsNotOpeningHours() {
        for (String bad :
                List.of(
                        "XX 08:00-12:00",
                        "MO",
                        "MO 08:00",
                        "MO 17:00-08:00",
                        "MO 25:00-26:00",
                        "MO 08:00-12:00;MO 13:00-14:00",
                        "MO 08:00-12:00,11:00-14:00")) {
            assertThatThrownBy(() -> OpeningHours.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anIntervalOpensBeforeItCloses() {
        assertThatThrownBy(() -> new Interval(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
