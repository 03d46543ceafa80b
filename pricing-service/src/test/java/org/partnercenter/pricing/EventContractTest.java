package org.partnercenter.pricing;

import static org.partnercenter.events.pricing.PricingServiceEvents.EXCHANGE_RATES_PUBLISHED;
import static org.partnercenter.events.pricing.PricingServiceEvents.PRICE_LIST_METERS;
import static org.partnercenter.events.pricing.PricingServiceEvents.PRICE_LIST_PUBLISHED;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.EventContract;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * pricing-service's side of its event contracts: each event its real code path stores in the outbox has the shape
 * of the committed sample. {@code -Dpartner-center.contracts.write=true} rewrites the samples.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class EventContractTest {

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldPublishPriceListEventsShapedAsTheirSamplesWhenAVersionReplacesAnother() {
        PriceLists.publishId(PriceListBodies.effective(year.at(1, 1)).manyMeters(2, "Contract"));

        // The second version of the same date supersedes the first, and its meters have tiers, an included
        // quantity and tags: every field of the payloads is present.
        PriceListBodies replacement = PriceListBodies.effective(year.at(1, 1));
        for (int i = 0; i < 3; i++) {
            replacement.meter(UUID.randomUUID(), "0=0.02", "100=0.015").with("includedQuantity", 5)
                    .with("tags", List.of("preview"));
        }
        PriceLists.publishId(replacement);

        EventContract.assertPublishedAsSample(PRICE_LIST_METERS, "USD");
        EventContract.assertPublishedAsSample(PRICE_LIST_PUBLISHED, "USD");
    }

    @Test
    void shouldPublishExchangeRatesPublishedShapedAsItsSampleWhenRatesArePublished() {
        as(Callers.operator()).body(Map.of("EffectiveDate", year.at(1, 1).toString(), "Base", "USD",
                "Rates", Map.of("EUR", "0.92", "JPY", "151.5"))).post("/v1/exchangerates").then().statusCode(201);

        EventContract.assertPublishedAsSample(EXCHANGE_RATES_PUBLISHED, "USD");
    }
}
