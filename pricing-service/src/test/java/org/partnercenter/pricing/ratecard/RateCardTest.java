package org.partnercenter.pricing.ratecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class RateCardTest {

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldAnswerTheRealRateCardShapeWhenTheCardIsRead() {
        UUID meter = UUID.randomUUID();
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=0.02", "100=0.015")
                .with("includedQuantity", 5).with("tags", List.of("preview")));

        as(Callers.reader()).header("X-Locale", "en-US").get("/v1/ratecards/azure?region=US&asOf=" + year.at(2, 1))
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("locale", equalTo("en"))
                .body("currency", equalTo("USD"))
                .body("isTaxIncluded", equalTo(false))
                .body("exchangeRate", nullValue())
                .body("offerTerms", equalTo(List.of()))
                .body("attributes.objectType", equalTo("AzureRateCard"))
                .body("meters.size()", equalTo(1))
                .body("meters[0].id", equalTo(meter.toString()))
                .body("meters[0].name", equalTo("Data Transfer Out"))
                .body("meters[0].category", equalTo("Networking"))
                .body("meters[0].subcategory", equalTo("Bandwidth"))
                .body("meters[0].region", equalTo("US West"))
                .body("meters[0].unit", equalTo("1 GB"))
                .body("meters[0].includedQuantity", equalTo(5))
                .body("meters[0].tags", equalTo(List.of("preview")))
                .body("meters[0].effectiveDate", equalTo(year.at(1, 1).toString()))
                .body("meters[0].rates.'0'", equalTo(0.02f))
                .body("meters[0].rates.'100'", equalTo(0.015f));
    }

    @Test
    void shouldShowTheVersionInForceThenWhenAsOfIsAPastTime() {
        UUID meter = UUID.randomUUID();
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=1"));
        PriceLists.publish(PriceListBodies.effective(year.at(7, 1)).meter(meter, "0=2"));

        assertThat(price(year.at(6, 30).plusSeconds(86_399))).isEqualTo("1");
        assertThat(price(year.at(7, 1))).isEqualTo("2");
        assertThat(price(year.at(12, 31))).isEqualTo("2");
    }

    @Test
    void shouldAnswer304WhenIfNoneMatchCarriesTheCurrentEtag() {
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1"));
        String card = "/v1/ratecards/azure?asOf=" + year.at(2, 1);
        String etag = as(Callers.reader()).get(card).then().statusCode(200).extract().header("ETag");

        as(Callers.reader()).header("If-None-Match", etag).get(card).then().statusCode(304).header("ETag", etag)
                .header("Transfer-Encoding", nullValue());
        as(Callers.reader()).header("If-None-Match", "W/" + etag).get(card).then().statusCode(304);

        PriceLists.publish(PriceListBodies.effective(year.at(1, 15)).meter(UUID.randomUUID(), "0=1"));
        String newer = as(Callers.reader()).header("If-None-Match", etag).get(card).then().statusCode(200)
                .extract().header("ETag");
        assertThat(newer).isNotEqualTo(etag).startsWith("\"").endsWith("\"");
    }

    @Test
    void shouldConvertEveryPriceAndSayWhichRateWhenAnotherCurrencyIsAsked() {
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=0.02", "100=0.015"));
        String setId = PriceLists.publishRates(year.at(1, 1), "EUR", "0.92").getString("id");
        String card = "/v1/ratecards/azure?asOf=" + year.at(2, 1);

        var eur = as(Callers.reader()).get(card + "&currency=EUR").then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("exchangeRate.base", equalTo("USD"))
                .body("exchangeRate.currency", equalTo("EUR"))
                .body("exchangeRate.rate", equalTo(0.92f))
                .body("exchangeRate.effectiveDate", equalTo(year.at(1, 1).toString()))
                .body("exchangeRate.setId", equalTo(setId))
                .extract();
        String byMarket = as(Callers.reader()).get(card + "&region=FR").then().statusCode(200)
                .body("currency", equalTo("EUR")).extract().header("ETag");

        assertThat(eur.jsonPath().getString("meters[0].rates.'0'")).isEqualTo("0.0184");
        assertThat(eur.jsonPath().getString("meters[0].rates.'100'")).isEqualTo("0.0138");
        assertThat(byMarket).isNotEqualTo(eur.header("ETag"));
    }

    @Test
    void shouldRefuseTheQueryWhenItsParametersAreNotValidOrNoListIsInForce() {
        as(Callers.reader()).get("/v1/ratecards/azure?region=XX&currency=EURO&asOf=yesterday").then().statusCode(400)
                .body("data", hasItems("region", "currency", "asOf"));
        // Test years start at 3000, and no test publishes before them.
        as(Callers.reader()).get("/v1/ratecards/azure?currency=CHF&asOf=1990-01-01").then().statusCode(404)
                .body("code", equalTo(404));
    }

    @Test
    void shouldReadAsOfAsEveryServiceReadsATimeWhenItIsADateOrADateTimeWithOrWithoutAZone() {
        UUID meter = UUID.randomUUID();
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=1"));
        PriceLists.publish(PriceListBodies.effective(year.at(7, 1)).meter(meter, "0=2"));
        String july = year.at(7, 1).toString().substring(0, 10);
        String june = year.at(6, 30).toString().substring(0, 10);

        assertThat(price(july)).isEqualTo("2");
        assertThat(price(july + "T00:00:00")).isEqualTo("2");
        assertThat(price(july + "T01:00:00+01:00")).isEqualTo("2");
        assertThat(price(june + "T23:59:59")).isEqualTo("1");
        assertThat(price(july + "T00:59:59+01:00")).isEqualTo("1");
        for (String refused : new String[] {july + "%01", "%20" + july + "%09", "%2B10000-01-01", july + "Z"}) {
            as(Callers.reader()).urlEncodingEnabled(false).get("/v1/ratecards/azure?asOf=" + refused).then()
                    .statusCode(400).body("data", equalTo(List.of("asOf")));
        }
    }

    private static String price(Object asOf) {
        return as(Callers.reader()).queryParam("asOf", asOf.toString()).get("/v1/ratecards/azure").then()
                .statusCode(200).extract().jsonPath().getString("meters[0].rates.'0'");
    }
}
