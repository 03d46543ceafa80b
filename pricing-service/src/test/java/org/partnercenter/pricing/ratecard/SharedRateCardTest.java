package org.partnercenter.pricing.ratecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.OutboxRows;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

/** The shared-services rate card: its own chain of price lists, the Azure card's shape, never on the prices topic. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class SharedRateCardTest {

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldShowEachKindOnItsOwnCardWhenBothArePublishedForTheSameDay() {
        UUID azure = UUID.randomUUID();
        UUID shared = UUID.randomUUID();
        publish("azure", PriceListBodies.effective(year.at(1, 1)).meter(azure, "0=1"));
        String sharedVersion = publish("shared", PriceListBodies.effective(year.at(1, 1)).meter(shared, "0=2"));

        as(Callers.reader()).get("/v1/ratecards/azure-shared?region=US&asOf=" + year.at(2, 1)).then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("attributes.objectType", equalTo("AzureRateCard"))
                .body("currency", equalTo("USD"))
                .body("meters.id", equalTo(List.of(shared.toString())))
                .body("meters[0].rates.'0'", equalTo(2));
        // The shared list has the same effective date, and still does not replace the Azure one.
        as(Callers.reader()).get("/v1/ratecards/azure?region=US&asOf=" + year.at(2, 1)).then().statusCode(200)
                .body("meters.id", equalTo(List.of(azure.toString())));
        as(Callers.reader()).get("/v1/pricelists/" + sharedVersion).then().statusCode(200)
                .body("kind", equalTo("shared")).body("supersededBy", equalTo(null));
    }

    @Test
    void shouldReplaceOnlyASharedListWhenASharedOneIsPublishedAgainForTheSameDay() {
        UUID meter = UUID.randomUUID();
        String first = publish("shared", PriceListBodies.effective(year.at(3, 1)).meter(meter, "0=1"));
        String second = publish("shared", PriceListBodies.effective(year.at(3, 1)).meter(meter, "0=3"));

        as(Callers.reader()).get("/v1/pricelists/" + first).then().body("supersededBy", equalTo(second));
        as(Callers.reader()).get("/v1/ratecards/azure-shared?asOf=" + year.at(3, 2)).then().statusCode(200)
                .body("meters[0].rates.'0'", equalTo(3));
    }

    @Test
    void shouldKeepASharedListOffThePricesTopicWhenItIsPublished() {
        String azure = publish("azure", PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1"));
        String shared = publish("shared", PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1"));

        assertThat(OutboxRows.about(azure)).extracting(row -> row.envelope().path("type").asText())
                .containsExactly("pricelist.meters", "pricelist.published");
        assertThat(OutboxRows.about(shared)).isEmpty();
    }

    @Test
    void shouldAnswer404SayingHowToPublishWhenNoSharedListIsInForce() {
        as(Callers.reader()).get("/v1/ratecards/azure-shared?asOf=2000-01-01T00:00:00Z").then().statusCode(404)
                .body("description", containsString("kind=shared"));
    }

    @Test
    void shouldRefuseAnUnknownKindAndAResellerWhenTheyAsk() {
        as(Callers.operator()).body(PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1").build())
                .post("/v1/pricelists?kind=office").then().statusCode(400).body("data[0]", equalTo("kind"));
        as(Callers.partner(PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN)).get("/v1/ratecards/azure-shared")
                .then().statusCode(403);
    }

    private static String publish(String kind, PriceListBodies list) {
        return as(Callers.operator()).body(list.build()).post("/v1/pricelists?kind=" + kind).then().statusCode(201)
                .body("kind", equalTo(kind)).extract().path("id");
    }
}
