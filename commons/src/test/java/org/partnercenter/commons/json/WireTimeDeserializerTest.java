package org.partnercenter.commons.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.time.WireTimes;

class WireTimeDeserializerTest {

    record Usage(OffsetDateTime usageStartTime, Instant recordedAt) {
    }

    private final ObjectMapper json = WireJsonCustomizer.configure(new ObjectMapper());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-11-01T00:00:00Z, 2026-11-01T00:00:00Z",
        "2026-10-31T17:00:00-07:00, 2026-11-01T00:00:00Z",
        "2026-11-01T00:00:00, 2026-11-01T00:00:00Z",
        "2026-11-01, 2026-11-01T00:00:00Z",
        "2018-02-08T22:40:37.5897767Z, 2018-02-08T22:40:37.5897767Z"})
    void shouldReadABodyDateAsAQueryParameterWhenItIsAnIsoDateOrDateTime(String text, String expected)
            throws Exception {
        Usage read = json.readValue(body(text), Usage.class);

        assertThat(read.usageStartTime().toInstant()).isEqualTo(WireTimes.instant("usageStartTime", text))
                .isEqualTo(Instant.parse(expected));
        assertThat(read.recordedAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "0000-12-31T00:00:00Z",
        "2026-13-01", "yesterday", "1700000000", "2026-11-01\\u0000", "2026-11-01T00:00:00+02:00[Europe/Paris]"})
    void shouldRefuseABodyDateAsAQueryParameterWhenItIsNoDateInTheYearsOneTo9999(String text) {
        assertThat(WireTimes.find(text.replace("\\u0000", "\u0000"))).isEmpty();
        assertThatThrownBy(() -> json.readValue(body(text), Usage.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("usageStartTime");
    }

    @Test
    void shouldRefuseANumberWhenItWouldBeTakenForSecondsSince1970() {
        assertThatThrownBy(() -> json.readValue("{\"usageStartTime\": 1700000000}", Usage.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void shouldWriteUtcIsoTextWhenATimeGoesOut() throws Exception {
        Instant at = Instant.parse("2026-11-01T10:15:30Z");
        assertThat(json.writeValueAsString(new Usage(null, at))).isEqualTo("{\"recordedAt\":\"2026-11-01T10:15:30Z\"}");
    }

    private static String body(String text) {
        return "{\"usageStartTime\": \"" + text + "\", \"recordedAt\": \"" + text + "\"}";
    }
}
