package org.partnercenter.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

/** The period's dates in every form a client sends: ISO, and each SDK's own. */
class AuditWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        // ISO dates and date-times, as every service reads them
        "2026-12-01, 2026-12-07, 2026-12-01T00:00:00Z, 2026-12-08T00:00:00Z",
        "2026-12-01T06:30:00Z, 2026-12-07T18:00:00, 2026-12-01T06:30:00Z, 2026-12-07T18:00:00Z",
        // the .NET SDK: DateTime.ToString(CultureInfo.InvariantCulture), a midnight naming its whole day
        "12/01/2026 00:00:00, 12/07/2026 00:00:00, 2026-12-01T00:00:00Z, 2026-12-08T00:00:00Z",
        "12/01/2026 06:30:00, 12/07/2026 18:00:00, 2026-12-01T06:30:00Z, 2026-12-07T18:00:00Z",
        "02/29/2028, 03/01/2028, 2028-02-29T00:00:00Z, 2028-03-02T00:00:00Z",
        // the Java SDK: Joda's YYYY-MM-DD, DD the day of the year (January's equal to the day of the month)
        "2026-01-07, 2026-12-341, 2026-01-07T00:00:00Z, 2026-12-08T00:00:00Z",
        "2026-02-32, 2026-03-60, 2026-02-01T00:00:00Z, 2026-03-02T00:00:00Z",
        "2028-12-366, 2028-12-366, 2028-12-31T00:00:00Z, 2029-01-01T00:00:00Z"
    })
    void shouldReadThePeriodWhenItsDatesComeInAFormAClientSends(String start, String end, String from, String to) {
        AuditWindow window = AuditWindow.of(start, end, CLOCK);

        assertThat(window).isEqualTo(new AuditWindow(Instant.parse(from), Instant.parse(to)));
    }

    @Test
    void shouldReadTheDotNetFormWhenSpacesSurroundIt() {
        assertThat(AuditWindow.of(" 12/01/2026 00:00:00 ", null, CLOCK).from())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "yesterday", "13/01/2026 00:00:00", "12/32/2026 00:00:00", "12/01/2026 24:00:00", "12/01/0000 00:00:00",
        "1/2/2026 00:00:00", "12/01/2026 0:00:00", "12/01/2026T00:00:00", "12/01/2026 00:00:00.000",
        "2026-12-334", "2026-11-341", "2026-02-30", "2026-12-367", "2027-12-366", "2026-12-032x", "2026-1-341",
        "12/01/2026\t00:00:00", "12/01/2026 00:00:00\u0000"
    })
    void shouldRefuseNamingTheParameterWhenTheDateIsNoneWeRead(String text) {
        assertThatThrownBy(() -> AuditWindow.of(text, null, CLOCK))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.data()).containsExactly("startDate");
                    assertThat(e.getMessage()).contains("12/01/2026 00:00:00").contains("2026-12-341");
                });
        assertThatThrownBy(() -> AuditWindow.of(null, text, CLOCK))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.data()).containsExactly("endDate"));
    }
}
