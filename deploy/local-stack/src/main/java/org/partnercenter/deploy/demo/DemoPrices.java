package org.partnercenter.deploy.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercenter.deploy.demo.DemoMeters.Meter;

/**
 * The demo's price list: a USD price for each meter of {@link DemoMeters}, so that every usage record the demo posts
 * has a price, in the rate card's shape, with tiers where Azure has them; and the exchange rates for other markets.
 * Prices are close to Azure's West Europe list prices; they are the same on every start.
 */
public final class DemoPrices {

    private record Price(Meter meter, String category, String subcategory, String region, String includedQuantity,
            String... tiers) {
    }

    private static final List<Price> PRICES = List.of(
            new Price(DemoMeters.VIRTUAL_MACHINES, "Virtual Machines", "Dsv3 Series", "EU West", "0", "0=0.115"),
            // Hot blob storage gets cheaper per GB above 50 TB and 500 TB stored.
            new Price(meter("blob-hot"), "Storage", "Tiered Block Blob", "EU West", "0",
                    "0=0.0196", "51200=0.0189", "512000=0.0181"),
            // The first 100 GB out each month are free, then cheaper above 10, 50 and 150 TB.
            new Price(meter("egress"), "Networking", "Bandwidth", "Zone 1", "100",
                    "0=0.087", "10240=0.083", "51200=0.07", "153600=0.05"),
            new Price(meter("appsvc-p1v3"), "Azure App Service", "Premium v3 Plan", "EU West", "0", "0=0.262"),
            new Price(meter("sql-s1"), "SQL Database", "Standard - S1", "EU West", "0", "0=0.9733"));

    /**
     * The shared-services rate card's list: services priced per user and month, which no usage of the demo uses (the
     * metering feed carries Azure meters only).
     */
    private static final List<Price> SHARED_PRICES = List.of(
            new Price(new Meter("aad-p1", "7e1f3a5c-2b4d-4e6f-8a1c-9d0e1f2a3b06", "Microsoft Entra ID P1",
                    "1/Month", null, 1, 1, null), "Azure Active Directory", "Premium P1", "Global", "0", "0=6"),
            new Price(new Meter("aip-p2", "8f2a4b6d-3c5e-4f7a-9b2d-0e1f2a3b4c07", "Azure Information Protection P2",
                    "1/Month", null, 1, 1, null), "Azure Information Protection", "Premium P2", "Global", "0",
                    "0=5"));

    /** Units of each currency per US dollar. */
    static final Map<String, BigDecimal> EXCHANGE_RATES = Map.of("EUR", new BigDecimal("0.92"),
            "GBP", new BigDecimal("0.79"), "CHF", new BigDecimal("0.88"), "JPY", new BigDecimal("151.5"));

    private DemoPrices() {
    }

    /** The ids of the meters the demo's price list prices: every meter the demo's usage uses. */
    public static List<String> meterIds() {
        return PRICES.stream().map(price -> price.meter().id()).toList();
    }

    /**
     * When the demo's prices take effect: the first day of the month of its first day of usage, so that all of it is
     * priced (and a test can ask for the rate card as of then).
     */
    public static LocalDate effectiveDate(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(UsageStep.DAYS).withDayOfMonth(1);
    }

    /** The body of {@code POST /v1/pricelists}. */
    static Map<String, Object> priceList(LocalDate effectiveDate) {
        return Map.of("effectiveDate", effectiveDate.toString(), "currency", "USD",
                "meters", PRICES.stream().map(DemoPrices::azureMeter).toList());
    }

    /** The body of {@code POST /v1/pricelists?kind=shared}: the shared-services rate card's list. */
    static Map<String, Object> sharedPriceList(LocalDate effectiveDate) {
        return Map.of("effectiveDate", effectiveDate.toString(), "currency", "USD",
                "meters", SHARED_PRICES.stream().map(DemoPrices::azureMeter).toList());
    }

    /** The body of {@code POST /v1/exchangerates}. */
    static Map<String, Object> exchangeRates(LocalDate effectiveDate) {
        return Map.of("effectiveDate", effectiveDate.toString(), "base", "USD", "rates", EXCHANGE_RATES);
    }

    private static Map<String, Object> azureMeter(Price price) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (String tier : price.tiers()) {
            String[] startAndPrice = tier.split("=");
            rates.put(startAndPrice[0], new BigDecimal(startAndPrice[1]));
        }
        Map<String, Object> meter = new LinkedHashMap<>();
        meter.put("id", price.meter().id());
        meter.put("name", price.meter().name());
        meter.put("category", price.category());
        meter.put("subcategory", price.subcategory());
        meter.put("region", price.region());
        meter.put("unit", price.meter().unit());
        meter.put("includedQuantity", new BigDecimal(price.includedQuantity()));
        meter.put("rates", rates);
        meter.put("tags", List.of());
        return meter;
    }

    private static Meter meter(String key) {
        return DemoMeters.OTHERS.stream().filter(meter -> meter.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("DemoMeters has no meter " + key));
    }
}
