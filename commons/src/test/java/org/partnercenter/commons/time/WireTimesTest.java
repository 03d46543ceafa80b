package org.partnercenter.commons.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

class WireTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-01T00:00:00Z, 2026-11-01T00:00:00Z",
        "2026-11-01T02:00:00+02:00, 2026-11-01T00:00:00Z",
        "2026-11-01T00:00:00, 2026-11-01T00:00:00Z",
        "2026-11-01, 2026-11-01T00:00:00Z",
        "' 2026-11-01T10:15:30.5Z ', 2026-11-01T10:15:30.5Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z, 9999-12-31T23:59:59Z"})
    void shouldReadTheInstantWhenTheTextIsAnIsoDateOrDateTime(String text, String expected) {
        assertThat(WireTimes.instant("start_time", text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "10000-01-01",
        "0000-12-31T23:59:59Z", "yesterday", "", "2026-13-01", "2026-11-01T25:00:00Z"})
    void shouldRefuseNamingTheParameterWhenTheTextIsNoDateInYearsOneToNineThousand(String text) {
        assertThatThrownBy(() -> WireTimes.instant("end_time", text))
                .isInstanceOfSatisfying(ApiException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.getMessage()).contains("'end_time'");
                });
    }
}
