package org.partnercenter.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.e2e.support.Quantities.quantity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.PricingYear;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * The operator publishes versioned price lists and exchange rates; a direct partner reads the rate card and charges
 * with each version's exact prices. A reseller asking for the rate card is refused in {@link RefusalsIT}.
 */
@EndToEnd
class PriceListIT {

    private static final String ROUNDING = "half_even to 2 decimals, once, on the converted total";

    private final StackUnderTest stack;
    private final Gateway gateway;
    private final PricingYear year = PricingYear.ownYear();
    private final UUID bandwidth = UUID.randomUUID();
    private final UUID virtualMachine = UUID.randomUUID();
    private final UUID storage = UUID.randomUUID();

    PriceListIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldShowEveryMeterAtItsExactRateWhenASalesAgentReadsTheRateCardOfAPublishedList() {
        PriceListBody list = prices(year.date(1, 1), "0.02", "0.015", "0.096", "0.0184");
        String requestId = UUID.randomUUID().toString();

        String versionId = gateway.as(stack.operator()).header("MS-RequestId", requestId).body(list.build())
                .post("/v1/pricelists")
                .then().statusCode(201)
                .body("effectiveDate", equalTo(year.at(1, 1).toString()))
                .body("currency", equalTo("USD"))
                .body("meterCount", equalTo(3))
                .body("supersededBy", nullValue())
                .body("attributes.objectType", equalTo("PriceListVersion"))
                .extract().path("id");
        gateway.as(stack.operator()).header("MS-RequestId", requestId).body(list.build()).post("/v1/pricelists")
                .then().statusCode(201).header("MS-Idempotent-Replay", "true").body("id", equalTo(versionId));

        TestUser sales = stack.partners().addUser(stack.partners().direct(), "sales", "sales_agent");
        String card = "/v1/ratecards/azure?currency=USD&region=US&asOf=" + year.at(6, 1);
        String etag = gateway.as(sales).get(card)
                .then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("isTaxIncluded", equalTo(false))
                .body("locale", equalTo("en"))
                .body("exchangeRate", nullValue())
                .body("offerTerms", empty())
                .body("attributes.objectType", equalTo("AzureRateCard"))
                .body("meters.id", containsInAnyOrder(bandwidth.toString(), virtualMachine.toString(),
                        storage.toString()))
                .body(meter(bandwidth) + ".name", equalTo("Data Transfer Out"))
                .body(meter(bandwidth) + ".category", equalTo("Networking"))
                .body(meter(bandwidth) + ".subcategory", equalTo("Bandwidth"))
                .body(meter(bandwidth) + ".region", equalTo("Zone 1"))
                .body(meter(bandwidth) + ".unit", equalTo("1 GB"))
                .body(meter(bandwidth) + ".includedQuantity", quantity("5"))
                .body(meter(bandwidth) + ".effectiveDate", equalTo(year.at(1, 1).toString()))
                .body(meter(bandwidth) + ".tags", equalTo(List.of("e2e")))
                .body(meter(bandwidth) + ".rates.keySet()", contains("0", "100"))
                .body(meter(bandwidth) + ".rates.'0'", quantity("0.02"))
                .body(meter(bandwidth) + ".rates.'100'", quantity("0.015"))
                .body(meter(virtualMachine) + ".name", equalTo("D2s v3"))
                .body(meter(virtualMachine) + ".unit", equalTo("1 Hour"))
                .body(meter(virtualMachine) + ".includedQuantity", quantity("0"))
                .body(meter(virtualMachine) + ".rates.keySet()", contains("0"))
                .body(meter(virtualMachine) + ".rates.'0'", quantity("0.096"))
                .body(meter(storage) + ".name", equalTo("Hot LRS Data Stored"))
                .body(meter(storage) + ".unit", equalTo("1 GB/Month"))
                .body(meter(storage) + ".rates.'0'", quantity("0.0184"))
                .extract().header("ETag");

        gateway.as(sales).header("If-None-Match", etag).get(card).then().statusCode(304).header("ETag", etag);
    }

    @Test
    void shouldPriceUsageWithTheVersionInForceAtItsTimeWhenASecondVersionTakesEffectInJuly() {
        String january = publish(prices(year.date(1, 1), "0.02", "0.015", "0.096", "0.0184"));
        String july = publish(prices(year.date(7, 1), "0.04", "0.03", "0.192", "0.0368"));
        TestPartner partner = stack.partners().direct();
        TestUser billing = stack.partners().addUser(partner, "billing", "billing_admin");

        // 120 GB from the period's start: the first 5 are included, 95 at the first tier, 20 above 100 GB.
        gateway.as(billing).get(charge(bandwidth, "120", "0", year.at(6, 30), "USD"))
                .then().statusCode(200)
                .body("attributes.objectType", equalTo("MeterCharge"))
                .body("meterId", equalTo(bandwidth.toString()))
                .body("meterName", equalTo("Data Transfer Out"))
                .body("unit", equalTo("1 GB"))
                .body("priceListVersionId", equalTo(january))
                .body("priceListEffectiveDate", equalTo(year.at(1, 1).toString()))
                .body("usageTime", equalTo(year.at(6, 30).toString()))
                .body("quantity", quantity("120"))
                .body("consumedQuantity", quantity("0"))
                .body("includedQuantity", quantity("5"))
                .body("freeQuantity", quantity("5"))
                .body("tiers.startQuantity", contains(quantity("0"), quantity("100")))
                .body("tiers.quantity", contains(quantity("95"), quantity("20")))
                .body("tiers.unitPrice", contains(quantity("0.02"), quantity("0.015")))
                .body("tiers.amount", contains(quantity("1.9"), quantity("0.3")))
                .body("usdAmount", quantity("2.2"))
                .body("currency", equalTo("USD"))
                .body("exchangeRate", nullValue())
                .body("exactAmount", quantity("2.2"))
                .body("amount", amount("2.20"))
                .body("rounding", equalTo(ROUNDING));
        // The first instant of July is already under the July version.
        gateway.as(billing).get(charge(bandwidth, "120", "0", year.at(7, 1), "USD"))
                .then().statusCode(200)
                .body("priceListVersionId", equalTo(july))
                .body("priceListEffectiveDate", equalTo(year.at(7, 1).toString()))
                .body("freeQuantity", quantity("5"))
                .body("tiers.unitPrice", contains(quantity("0.04"), quantity("0.03")))
                .body("tiers.amount", contains(quantity("3.8"), quantity("0.6")))
                .body("amount", amount("4.40"));
        // GB 95 to 105 of the period: nothing left included, 5 on each side of the tier; 0.175 rounds once, to even.
        gateway.as(billing).get(charge(bandwidth, "10", "95", year.at(6, 30), "USD"))
                .then().statusCode(200)
                .body("priceListVersionId", equalTo(january))
                .body("freeQuantity", quantity("0"))
                .body("tiers.quantity", contains(quantity("5"), quantity("5")))
                .body("tiers.amount", contains(quantity("0.1"), quantity("0.075")))
                .body("exactAmount", quantity("0.175"))
                .body("amount", amount("0.18"));

        String card = "/v1/ratecards/azure?currency=USD&region=US&asOf=";
        gateway.as(billing).get(card + year.at(6, 30)).then().statusCode(200)
                .body(meter(bandwidth) + ".rates.'0'", quantity("0.02"))
                .body(meter(bandwidth) + ".rates.'100'", quantity("0.015"))
                .body(meter(virtualMachine) + ".rates.'0'", quantity("0.096"))
                .body(meter(storage) + ".rates.'0'", quantity("0.0184"));
        gateway.as(billing).get(card + year.at(7, 1)).then().statusCode(200)
                .body(meter(bandwidth) + ".rates.'0'", quantity("0.04"))
                .body(meter(bandwidth) + ".rates.'100'", quantity("0.03"))
                .body(meter(virtualMachine) + ".rates.'0'", quantity("0.192"))
                .body(meter(storage) + ".rates.'0'", quantity("0.0368"));
    }

    @Test
    void shouldConvertEveryPriceExactlyAndNameTheRateWhenTheRateCardIsAskedInEuros() {
        publish(prices(year.date(1, 1), "0.02", "0.015", "0.096", "0.0184"));
        String setId = gateway.as(stack.operator())
                .body(Map.of("effectiveDate", year.date(1, 1), "base", "USD", "rates", Map.of("EUR", 0.5)))
                .post("/v1/exchangerates")
                .then().statusCode(201)
                .body("effectiveDate", equalTo(year.at(1, 1).toString()))
                .body("base", equalTo("USD"))
                .body("rates.EUR", quantity("0.5"))
                .body("attributes.objectType", equalTo("ExchangeRateSet"))
                .extract().path("id");
        TestUser sales = stack.partners().addUser(stack.partners().direct(), "sales", "sales_agent");

        gateway.as(sales).get("/v1/ratecards/azure?currency=EUR&region=US&asOf=" + year.at(6, 1))
                .then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("exchangeRate.base", equalTo("USD"))
                .body("exchangeRate.currency", equalTo("EUR"))
                .body("exchangeRate.rate", quantity("0.5"))
                .body("exchangeRate.effectiveDate", equalTo(year.at(1, 1).toString()))
                .body("exchangeRate.setId", equalTo(setId))
                .body(meter(bandwidth) + ".rates.'0'", quantity("0.01"))
                .body(meter(bandwidth) + ".rates.'100'", quantity("0.0075"))
                .body(meter(virtualMachine) + ".rates.'0'", quantity("0.048"))
                .body(meter(storage) + ".rates.'0'", quantity("0.0092"));
        // Charges convert the exact USD total and round once: 2.2 USD is 1.10 EUR.
        gateway.as(sales).get(charge(bandwidth, "120", "0", year.at(6, 1), "EUR"))
                .then().statusCode(200)
                .body("usdAmount", quantity("2.2"))
                .body("currency", equalTo("EUR"))
                .body("exchangeRate.setId", equalTo(setId))
                .body("exactAmount", quantity("1.1"))
                .body("amount", amount("1.10"));
    }

    @Test
    void shouldRefuseTheWholeListNamingEachBadRowWhenTwoRowsAreNotValid() {
        publish(prices(year.date(1, 1), "0.02", "0.015", "0.096", "0.0184"));
        TestUser sales = stack.partners().addUser(stack.partners().direct(), "sales", "sales_agent");
        // The rate card's ETag names the version in force (not the time asked), so a 304 in March after the refused
        // March list proves that January's version is still the one in force.
        String march = "/v1/ratecards/azure?currency=USD&region=US&asOf=" + year.at(3, 15);
        String etag = gateway.as(sales).get(march).then().statusCode(200).extract().header("ETag");
        PriceListBody bad = prices(year.date(3, 1), "-0.02", "0.015", "0.096", "0.0184");
        bad.with("id", null);

        gateway.as(stack.operator()).body(bad.build()).post("/v1/pricelists")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("description", equalTo("2 rows or fields of the price list are not valid, so nothing was "
                        + "published. Each is listed in data. Fix them and publish the whole price list again."))
                // REST Assured sends the body on one line.
                .body("data", contains("meters[0] (line 1): unit price may not be negative, got -0.02",
                        "meters[2] (line 1): id is required (a GUID)"));

        gateway.as(sales).header("If-None-Match", etag).get(march).then().statusCode(304);
        gateway.as(sales).get(march).then().statusCode(200).body(meter(bandwidth) + ".rates.'0'", quantity("0.02"));
    }

    @Test
    void shouldRefuseWith900150WhenAPartnersGlobalAdminPublishesPricesOrRates() {
        TestPartner partner = stack.partners().direct();
        String onlyTheOperator = "The supplied role does not have the rights to perform the requested operation. "
                + "Roles that may: operator_admin.";

        gateway.as(partner.admin()).body(prices(year.date(1, 1), "0.02", "0.015", "0.096", "0.0184").build())
                .post("/v1/pricelists")
                .then().statusCode(403)
                .body("code", equalTo(900150))
                .body("description", equalTo(onlyTheOperator));
        gateway.as(partner.admin())
                .body(Map.of("effectiveDate", year.date(1, 1), "base", "USD", "rates", Map.of("EUR", 0.5)))
                .post("/v1/exchangerates")
                .then().statusCode(403)
                .body("code", equalTo(900150))
                .body("description", equalTo(onlyTheOperator));
    }

    /** The three meters of every list here: bandwidth (5 GB included, cheaper above 100 GB), a VM and storage. */
    private PriceListBody prices(String effectiveDate, String bandwidthPrice, String bandwidthAbove100,
            String vmHour, String storageGbMonth) {
        return PriceListBody.effective(effectiveDate)
                .meter(bandwidth, "Data Transfer Out", "Networking", "1 GB", "0=" + bandwidthPrice,
                        "100=" + bandwidthAbove100)
                .with("subcategory", "Bandwidth").with("region", "Zone 1").with("includedQuantity", 5)
                .with("tags", List.of("e2e"))
                .meter(virtualMachine, "D2s v3", "Virtual Machines", "1 Hour", "0=" + vmHour)
                .with("subcategory", "Dsv3 Series")
                .meter(storage, "Hot LRS Data Stored", "Storage", "1 GB/Month", "0=" + storageGbMonth)
                .with("subcategory", "Tiered Block Blob");
    }

    private String publish(PriceListBody list) {
        return gateway.as(stack.operator()).body(list.build()).post("/v1/pricelists")
                .then().statusCode(201).body("meterCount", equalTo(3)).extract().path("id");
    }

    private static String charge(UUID meterId, String quantity, String consumedQuantity, Instant usageTime,
            String currency) {
        return "/v1/pricelists/charges?meterId=" + meterId + "&quantity=" + quantity + "&usageTime=" + usageTime
                + "&currency=" + currency + "&consumedQuantity=" + consumedQuantity;
    }

    /** The rate card's meter with that id, as a GPath expression (the card lists meters by id, not in list order). */
    private static String meter(UUID id) {
        return "meters.find { it.id == '" + id + "' }";
    }

    /** A charged amount as answered, with its scale: rounded to the currency's minor units, 2.20 and never 2.2. */
    private static Matcher<Object> amount(String exactly) {
        return equalTo(new BigDecimal(exactly));
    }
}
