package org.partnercenter.billing.support;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.partnercenter.billing.lineitem.UsageLineItem;
import org.partnercenter.billing.usage.UsageRecord;

/** Reads what rating wrote, as values that compare whole: every field of every line. */
public final class RatedLines {

    /** Every field rating decides; ids and rating times left out, since they differ between equal ratings. */
    public record Line(UUID partner, UUID reseller, UUID customer, String meterId, LocalDate usageDate,
            String resourceUri, String period, String meterName, String unitOfMeasure, String resourceLocation,
            Map<String, String> tags, String quantity, String unitPrice, String effectiveUnitPrice,
            String pricingPreTaxTotal, String pricingCurrency, String billingPreTaxTotal, String billingCurrency,
            String exchangeRate, Instant exchangeRateDate, UUID priceVersionId) {
    }

    private RatedLines() {
    }

    public static List<Line> of(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> UsageLineItem.<UsageLineItem>list(
                "subscriptionId", subscription).stream()
                .sorted(Comparator.comparing((UsageLineItem l) -> l.usageDate).thenComparing(l -> l.resourceUri)
                        .thenComparing(l -> l.meterId))
                .map(RatedLines::line).toList());
    }

    /** Waits until the subscription's lines pass {@code check} (rating is asynchronous), at most 30 s. */
    public static void awaitLines(UUID subscription, Consumer<List<Line>> check) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> check.accept(of(subscription)));
    }

    /** The held reason of each of a customer's usage records, by record id. */
    public static Map<String, String> heldReasons(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> UsageRecord.<UsageRecord>list("key.customerId",
                customer).stream().collect(java.util.stream.Collectors.toMap(r -> r.key.recordId(),
                        r -> String.valueOf(r.heldReason))));
    }

    public static void awaitHeld(UUID customer, Map<String, String> expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> heldReasons(customer).equals(expected));
    }

    private static Line line(UsageLineItem l) {
        return new Line(l.partnerTenantId, l.resellerTenantId, l.customerId, l.meterId, l.usageDate, l.resourceUri,
                l.period, l.meterName, l.unitOfMeasure, l.resourceLocation, l.tags, text(l.quantity),
                text(l.unitPrice), text(l.effectiveUnitPrice), money(l.pricingPreTaxTotal), l.pricingCurrency,
                money(l.billingPreTaxTotal), l.billingCurrency, text(l.exchangeRate), l.exchangeRateDate,
                l.priceVersionId);
    }

    /** Money keeps its scale: rounded to the currency's minor units, 20.00 is not 20. */
    private static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
