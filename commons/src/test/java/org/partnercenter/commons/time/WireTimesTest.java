package org.partnercenter.commons.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

class WireTimesTest {

    @ParameterizedTest(name = "{0} starts at {1}, ends at {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-01T00:00:00Z              | 2026-11-01T00:00:00Z        | 2026-11-01T00:00:00Z",
        "2026-11-01T02:00:00+02:00         | 2026-11-01T00:00:00Z        | 2026-11-01T00:00:00Z",
        "2026-10-31T17:00:00-07:00         | 2026-11-01T00:00:00Z        | 2026-11-01T00:00:00Z",
        "2026-11-01T00:00:00               | 2026-11-01T00:00:00Z        | 2026-11-01T00:00:00Z",
        "2026-11-01T10:15                  | 2026-11-01T10:15:00Z        | 2026-11-01T10:15:00Z",
        "2018-02-08T22:40:37.5897767Z      | 2018-02-08T22:40:37.5897767Z | 2018-02-08T22:40:37.5897767Z",
        "2026-11-01t10:15:30z              | 2026-11-01T10:15:30Z        | 2026-11-01T10:15:30Z",
        "' 2026-11-01T10:15:30.5Z '        | 2026-11-01T10:15:30.5Z      | 2026-11-01T10:15:30.5Z",
        "2026-11-01                        | 2026-11-01T00:00:00Z        | 2026-11-02T00:00:00Z",
        "2024-02-29                        | 2024-02-29T00:00:00Z        | 2024-03-01T00:00:00Z",
        "0001-01-01T00:00:00Z              | 0001-01-01T00:00:00Z        | 0001-01-01T00:00:00Z",
        "0001-01-01                        | 0001-01-01T00:00:00Z        | 0001-01-02T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z    | 9999-12-31T23:59:59.999999999Z | 9999-12-31T23:59:59.999999999Z",
        "9999-12-31                        | 9999-12-31T00:00:00Z        | +10000-01-01T00:00:00Z"})
    void shouldReadTheSameInstantsWhenTheTextIsAnIsoDateOrDateTime(String text, String start, String end) {
        assertThat(WireTimes.instant("asOf", text)).isEqualTo(Instant.parse(start));
        assertThat(WireTimes.startOf("startDate", text)).isEqualTo(Instant.parse(start));
        assertThat(WireTimes.endOf("endDate", text)).isEqualTo(Instant.parse(end));
        assertThat(WireTimes.find(text)).contains(Instant.parse(start));
        assertThat(WireTimes.findEnd(text)).contains(Instant.parse(end));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"yesterday", "", " ", "2026-13-01", "2026-02-30", "2026-11-01T25:00:00Z",
        "9999-12-31T23:59:60Z", "2026-11-01T24:00:00Z", "2026-11-01 10:00:00Z", "2026-11-01T10:00:00 02:00",
        "2026-11-01T00:00:00+02:00[Europe/Paris]", "2026-11-01Z", "2026-11", "20261101", "1700000000",
        "2026-11-01\u0000", "\u00002026-11-01", "2026-11-01T00:00:00Z\u0000", "\t2026-11-01", "0000-00-00"})
    void shouldRefuseNamingTheParameterWhenTheTextIsNoIsoDateOrDateTime(String text) {
        assertRefused(text, "end_time: '" + text + "' is not an ISO-8601 date-time");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01",
        "+10000-01-01T00:00:00Z", "+300000-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "0000-12-31",
        "-001000-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-01:00"})
    void shouldRefuseNamingTheParameterWhenTheTimeIsOutsideTheYearsOneTo9999(String text) {
        assertRefused(text, "end_time: '" + text + "' is outside the years 1 to 9999");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"10000-01-01", "garbage"})
    void shouldRefuseEveryFormOfTheSameTextAlikeWhenItIsRefused(String text) {
        assertThat(WireTimes.find(text)).isEmpty();
        assertThat(WireTimes.findEnd(text)).isEmpty();
        assertThatThrownBy(() -> WireTimes.startOf("startDate", text)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> WireTimes.endOf("endDate", text)).isInstanceOf(ApiException.class);
    }

    private static void assertRefused(String text, String problem) {
        assertThat(WireTimes.find(text)).isEmpty();
        assertThat(WireTimes.problem("end_time", text)).startsWith(problem);
        assertThatThrownBy(() -> WireTimes.endOf("end_time", text))
                .isInstanceOfSatisfying(ApiException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.data()).containsExactly("end_time");
                    assertThat(refusal.getMessage()).startsWith(problem);
                });
    }
}
