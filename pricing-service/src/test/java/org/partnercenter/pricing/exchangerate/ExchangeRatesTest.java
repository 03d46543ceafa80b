package org.partnercenter.pricing.exchangerate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.pricing.PricingServiceEvents;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.HostileText;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class ExchangeRatesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldAnswerTheSetAndAnnounceItWhenRatesArePublished() {
        var set = as(Callers.operator()).body(Map.of("EffectiveDate", year.at(1, 1).toString(), "Base", "usd",
                        "Rates", Map.of("eur", 0.92, "JPY", "151.5")))
                .post("/v1/exchangerates").then().statusCode(201)
                .header("Location", containsString("/v1/exchangerates/"))
                .body("base", equalTo("USD"))
                .body("rates.EUR", equalTo(0.92f))
                .body("rates.JPY", equalTo(151.5f))
                .body("attributes.objectType", equalTo("ExchangeRateSet")).extract().jsonPath();
        String id = set.getString("id");

        as(Callers.reader()).get("/v1/exchangerates/" + id).then().statusCode(200).body("rates.EUR", equalTo(0.92f));
        var records = TopicReader.readUntil(bootstrapServers, PricingServiceEvents.PRICES.name(),
                read -> read.stream().anyMatch(r -> r.value().contains(id)), Duration.ofSeconds(30));
        var event = EventJson.read(records.stream().filter(r -> r.value().contains(id)).findFirst().orElseThrow()
                .value());
        assertThat(event.type()).isEqualTo("exchangerates.published");
        assertThat(event.data().path("rates").path("EUR").decimalValue()).isEqualByComparingTo("0.92");
    }

    @Test
    void shouldKeepAnotherCurrencysRateWhenALaterSetDoesNotNameIt() {
        UUID meter = UUID.randomUUID();
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=10"));
        PriceLists.publishRates(year.at(1, 1), "CHF", "0.9");
        PriceLists.publishRates(year.at(3, 1), "SEK", "10.5");

        as(Callers.reader()).get("/v1/ratecards/azure/meters/" + meter + "?currency=CHF&asOf=" + year.at(4, 1))
                .then().statusCode(200).body("rates.'0'", equalTo(9)).body("exchangeRate.rate", equalTo(0.9f));
    }

    @Test
    void shouldPublishNothingAndNameEachBadFieldWhenTheRatesAreNotValid() {
        long before = StoredRows.count("select count(*) from exchange_rate_set");

        as(Callers.operator()).body(Map.of("effectiveDate", "someday", "base", "EUR",
                        "rates", Map.of("EUR", -1, "XYZ", 2, "USD", 1)))
                .post("/v1/exchangerates").then().statusCode(400)
                .body("data.size()", equalTo(5))
                .body("data", hasItems(startsWith("effectiveDate"), startsWith("base"), startsWith("rates.EUR"),
                        startsWith("rates.XYZ"), startsWith("rates.USD")));

        assertThat(StoredRows.count("select count(*) from exchange_rate_set")).isEqualTo(before);
    }

    @Test
    void shouldNameEachFieldWithoutRepeatingItWhenTextIsLongerThanItsKind() {
        long before = StoredRows.count("select count(*) from exchange_rate_set");

        String answer = as(Callers.operator()).body(Map.of("effectiveDate", HostileText.longerThan(64),
                        "base", "USD", "rates", Map.of(HostileText.longerThan(900), 1)))
                .post("/v1/exchangerates").then().statusCode(400)
                .body("data", hasItems(startsWith("effectiveDate: must be at most 64"),
                        containsString("(the key): must be at most 64")))
                .extract().asString();

        assertThat(answer).hasSizeLessThan(1500);

        assertThat(StoredRows.count("select count(*) from exchange_rate_set")).isEqualTo(before);
    }

    @Test
    void shouldListThePublishedSetsWhenAsked() {
        String id = PriceLists.publishRates(year.at(1, 1), "NOK", "10.9").getString("id");

        var listed = as(Callers.reader()).get("/v1/exchangerates?size=1000").then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection")).extract().jsonPath();

        assertThat(listed.getList("items.id", String.class)).contains(id);
    }
}
