package org.partnercenter.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.gateway.audit.SdkDates.SdkDate;

/**
 * The period of an audit or access log query, as the real {@code /v1/auditrecords} reads it: the 30 days before the
 * end by default, {@code endDate} a day included; a date-time is honoured too, as in every other service's query,
 * and so are the forms Microsoft's SDKs send (SdkDates).
 */
record AuditWindow(Instant from, Instant to) {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    static AuditWindow of(String startDate, String endDate, Clock clock) {
        Instant to = absent(endDate) ? clock.instant() : end("endDate", endDate);
        Instant from = absent(startDate) ? to.minus(DEFAULT_WINDOW) : start("startDate", startDate);
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("'startDate' must be on or before 'endDate'.", List.of("startDate"));
        }
        return new AuditWindow(from, to);
    }

    private static Instant start(String parameter, String text) {
        return WireTimes.find(text).or(() -> SdkDates.read(text).map(SdkDate::start))
                .orElseThrow(() -> refused(parameter, text));
    }

    private static Instant end(String parameter, String text) {
        return WireTimes.findEnd(text).or(() -> SdkDates.read(text).map(SdkDate::end))
                .orElseThrow(() -> refused(parameter, text));
    }

    private static ApiException refused(String parameter, String text) {
        return ApiException.badRequest(WireTimes.problem(parameter, text) + "; " + SdkDates.EXPECTED + ".",
                List.of(parameter));
    }

    /** As in every other service's query, {@code endDate=} is no end date. */
    private static boolean absent(String text) {
        return text == null || text.isBlank();
    }
}
