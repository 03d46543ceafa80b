package org.partnercenter.pricing.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class ChargeTest {

    final TestTimes year = TestTimes.ownYear();
    final UUID meter = UUID.randomUUID();

    @Test
    void shouldPriceUsageWithTheVersionInForceAtItsUsageTimeWhenPricesChanged() {
        String january = PriceLists.publishId(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=1"));
        String july = PriceLists.publishId(PriceListBodies.effective(year.at(7, 1)).meter(meter, "0=2"));

        JsonPath lastSecondOfJune = charge(year.at(7, 1).minusSeconds(1), "10", "0", "USD");
        JsonPath firstInstantOfJuly = charge(year.at(7, 1), "10", "0", "USD");
        JsonPath december = charge(year.at(12, 31), "10", "0", "USD");

        assertThat(lastSecondOfJune.getString("amount")).isEqualTo("10.00");
        assertThat(lastSecondOfJune.getString("priceListVersionId")).isEqualTo(january);
        assertThat(firstInstantOfJuly.getString("amount")).isEqualTo("20.00");
        assertThat(firstInstantOfJuly.getString("priceListVersionId")).isEqualTo(july);
        assertThat(firstInstantOfJuly.getString("priceListEffectiveDate")).isEqualTo(year.at(7, 1).toString());
        assertThat(december.getString("priceListVersionId")).isEqualTo(july);
    }

    @Test
    void shouldApplyIncludedQuantityTiersAndConversionWhenBillingAsks() {
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=0.02", "100=0.015")
                .with("includedQuantity", 5));
        String rates = PriceLists.publishRates(year.at(1, 1), "EUR", "0.92").getString("id");

        JsonPath charge = charge(year.at(3, 1), "120", "0", "EUR");
        JsonPath acrossTheBoundary = charge(year.at(3, 1), "10", "95", "USD");

        assertThat(charge.getString("freeQuantity")).isEqualTo("5");
        assertThat(charge.getString("tiers[0].quantity")).isEqualTo("95");
        assertThat(charge.getString("tiers[0].amount")).isEqualTo("1.9");
        assertThat(charge.getString("tiers[1].startQuantity")).isEqualTo("100");
        assertThat(charge.getString("tiers[1].amount")).isEqualTo("0.3");
        assertThat(charge.getString("usdAmount")).isEqualTo("2.2");
        assertThat(charge.getString("exactAmount")).isEqualTo("2.024");
        assertThat(charge.getString("amount")).isEqualTo("2.02");
        assertThat(charge.getString("currency")).isEqualTo("EUR");
        assertThat(charge.getString("exchangeRate.setId")).isEqualTo(rates);
        assertThat(charge.getString("exchangeRate.effectiveDate")).isEqualTo(year.at(1, 1).toString());
        assertThat(charge.getString("rounding")).startsWith("half_even to 2 decimals");
        assertThat(acrossTheBoundary.getString("exactAmount")).isEqualTo("0.175");
        assertThat(acrossTheBoundary.getString("amount")).isEqualTo("0.18");
    }

    @Test
    void shouldUseTheExchangeRateInForceAtTheUsageTimeWhenRatesChanged() {
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=1"));
        PriceLists.publishRates(year.at(1, 1), "GBP", "0.8");
        PriceLists.publishRates(year.at(7, 1), "GBP", "0.75");

        assertThat(charge(year.at(7, 1).minusSeconds(1), "1", "0", "GBP").getString("amount")).isEqualTo("0.80");
        assertThat(charge(year.at(7, 1), "1", "0", "GBP").getString("amount")).isEqualTo("0.75");
    }

    @Test
    void shouldAnswer404WhenTheMeterIsNotInTheVersionInForce() {
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=1"));
        PriceLists.publish(PriceListBodies.effective(year.at(7, 1)).meter(UUID.randomUUID(), "0=1"));

        charge(year.at(2, 1), "1", "0", "USD");
        as(Callers.reader()).get(uri(year.at(8, 1), "1", "0", "USD")).then().statusCode(404)
                .body("code", equalTo(404));
    }

    @Test
    void shouldNameEveryBadParameterWhenTheQueryIsNotValid() {
        as(Callers.reader()).get("/v1/pricelists/charges?meterId=x&quantity=-1&usageTime=soon&currency=EURO"
                        + "&consumedQuantity=lots").then().statusCode(400)
                .body("data.size()", equalTo(5))
                .body("data", hasItems(org.hamcrest.Matchers.startsWith("meterId"),
                        org.hamcrest.Matchers.startsWith("consumedQuantity")));
    }

    private JsonPath charge(Instant usageTime, String quantity, String consumed, String currency) {
        return as(Callers.reader()).get(uri(usageTime, quantity, consumed, currency)).then().statusCode(200)
                .body("attributes.objectType", equalTo("MeterCharge")).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private String uri(Instant usageTime, String quantity, String consumed, String currency) {
        return "/v1/pricelists/charges?meterId=" + meter + "&quantity=" + quantity + "&usageTime=" + usageTime
                + "&consumedQuantity=" + consumed + "&currency=" + currency;
    }
}
