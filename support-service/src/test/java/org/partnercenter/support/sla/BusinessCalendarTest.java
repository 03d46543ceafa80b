package org.partnercenter.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Monday to Friday, 08:00-18:00 UTC, Christmas 2030 (a Wednesday) off. 2030-01-07 is a Monday. */
class BusinessCalendarTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0),
            Set.of(LocalDate.parse("2030-12-25")), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2030-01-07T09:00:00Z, PT4H,  2030-01-07T13:00:00Z, within one day",
        "2030-01-07T16:00:00Z, PT4H,  2030-01-08T10:00:00Z, across the night",
        "2030-01-04T16:00:00Z, PT4H,  2030-01-07T10:00:00Z, across the weekend",
        "2030-01-05T12:00:00Z, PT1H,  2030-01-07T09:00:00Z, starting on a Saturday",
        "2030-01-07T06:00:00Z, PT1H,  2030-01-07T09:00:00Z, starting before opening",
        "2030-01-07T20:00:00Z, PT1H,  2030-01-08T09:00:00Z, starting after closing",
        "2030-01-07T08:00:00Z, PT10H, 2030-01-07T18:00:00Z, ending exactly at closing",
        "2030-01-07T08:00:00Z, PT30H, 2030-01-09T18:00:00Z, three business days",
        "2030-01-04T10:00:00Z, PT50H, 2030-01-11T10:00:00Z, five business days over a weekend",
        "2030-12-24T17:00:00Z, PT2H,  2030-12-26T09:00:00Z, across a holiday",
        "2030-01-07T10:00:00Z, PT0S,  2030-01-07T10:00:00Z, nothing to add",
        "2030-01-05T10:00:00Z, PT0S,  2030-01-05T10:00:00Z, nothing to add on a weekend"
    })
    void shouldAddBusinessHoursWhenGivenAStartAndAnAmount(Instant start, Duration amount, Instant expected,
            String why) {
        assertThat(CALENDAR.plus(start, amount)).as(why).isEqualTo(expected);
        assertThat(CALENDAR.between(start, expected)).as(why + ", counted back").isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} to {1} = {2}")
    @CsvSource({
        "2030-01-07T09:00:00Z, 2030-01-07T13:00:00Z, PT4H,  within one day",
        "2030-01-04T16:00:00Z, 2030-01-07T10:00:00Z, PT4H,  across the weekend",
        "2030-01-05T10:00:00Z, 2030-01-06T20:00:00Z, PT0S,  a weekend only",
        "2030-01-07T07:00:00Z, 2030-01-07T19:00:00Z, PT10H, a whole day and its edges",
        "2030-12-24T17:00:00Z, 2030-12-26T09:00:00Z, PT2H,  across a holiday",
        "2030-01-07T13:00:00Z, 2030-01-07T09:00:00Z, PT0S,  reversed",
        "2030-01-04T10:00:00Z, 2030-01-11T10:00:00Z, PT50H, a week"
    })
    void shouldCountBusinessHoursWhenGivenTwoInstants(Instant from, Instant to, Duration expected, String why) {
        assertThat(CALENDAR.between(from, to)).as(why).isEqualTo(expected);
    }

    @Test
    void shouldKnowWorkingDaysWhenAskedAboutWeekendsAndHolidays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2030-01-07"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2030-01-05"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2030-12-25"))).isFalse();
        assertThat(CALENDAR.workingDay()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void shouldRefuseWhenTheCalendarCouldNeverReachADueTime() {
        assertThatThrownBy(() -> new BusinessCalendar(Set.of(), LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of(),
                ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0),
                LocalTime.of(8, 0), Set.of(), ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.plus(Instant.parse("2030-01-07T09:00:00Z"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
