package org.partnercenter.e2e.support;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Last calendar month (UTC), the latest a close can bill, as tests bill it: usage on its last evening, from 22:00,
 * priced by a list back-dated to then (pricing takes a past effective date, customer-service usage of any date).
 * Prices are global, and the list in force at an instant is the one with the latest effective date before it: such a
 * list re-prices only the month's last two hours, with the prices in force then plus the test's meters, and a list
 * published later for an earlier date (the demo's, from a 1st) cannot hide the test's meters.
 */
public final class LastMonth {

    private LastMonth() {
    }

    public static YearMonth month() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    }

    /** 22:00 UTC on the month's last day: when the list takes effect; usage goes from then to midnight. */
    public static Instant evening() {
        return month().atEndOfMonth().atTime(LocalTime.of(22, 0)).toInstant(ZoneOffset.UTC);
    }

    /** The usage date of the evening's line items, as billing writes it. */
    public static String usageDate() {
        return month().atEndOfMonth().atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    /** A list effective at {@link #evening()}: add the test's meters, then {@link #publish} it. */
    public static PriceListBody prices() {
        return PriceListBody.effective(evening().toString());
    }

    /** Publishes the list with the meters in force at the evening added to its own. */
    @SuppressWarnings("unchecked")
    public static void publish(Gateway gateway, TestUser operator, PriceListBody prices) {
        Map<String, Object> body = prices.build();
        body.put("meters", Stream.concat(PricesInForce.meters(gateway, operator, evening()).stream(),
                ((List<Map<String, Object>>) body.get("meters")).stream()).toList());
        gateway.as(operator).body(body).post("/v1/pricelists").then().statusCode(201);
    }
}
