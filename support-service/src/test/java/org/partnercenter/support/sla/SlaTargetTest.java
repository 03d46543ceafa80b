package org.partnercenter.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlaTargetTest {

    private static final BusinessCalendar TEN_HOUR_DAYS = new BusinessCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of(),
            ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"90m, PT1H30M, PT1H30M", "4h, PT4H, PT4H", "3d, PT30H, PT72H", " 5D , PT50H, PT120H"})
    void shouldMeanWorkingDaysWhenATargetIsInDays(String text, Duration business, Duration aroundTheClock) {
        assertThat(SlaTarget.parse(text).in(TEN_HOUR_DAYS)).isEqualTo(business);
        assertThat(SlaTarget.parse(text).in(AroundTheClock.INSTANCE)).isEqualTo(aroundTheClock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0h", "4", "h", "-1h", "4w", "PT4H"})
    void shouldRefuseWhenATargetIsNotAPositiveAmountAndUnit(String text) {
        assertThatThrownBy(() -> SlaTarget.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("90m, 4h, 3d");
    }
}
