package org.partnercenter.e2e.compat;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.PricingYear;
import org.partnercenter.e2e.support.StackUnderTest;

/**
 * The SDKs' {@code RateCards.Azure.GetShared(currency, region)}: {@code GET /v1/ratecards/azure-shared} answers an
 * {@code AzureRateCard} of the operator's shared-services price list, apart from the Azure card.
 */
@EndToEnd
class SharedRateCardCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;
    private final PricingYear year = PricingYear.ownYear();

    SharedRateCardCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAnswerTheSharedServicesRateCardWhenTheSdkGetsIt() {
        UUID meter = UUID.randomUUID();
        gateway.as(stack.operator()).body(PriceListBody.effective(year.date(1, 1))
                        .meter(meter, "E2E Shared Service", "Azure Active Directory", "1/Month", "0=1.5").build())
                .post("/v1/pricelists?kind=shared").then().statusCode(201).body("kind", equalTo("shared"));

        gateway.as(stack.partners().direct().admin()).header("MS-RequestId", UUID.randomUUID().toString())
                .header("MS-CorrelationId", UUID.randomUUID().toString()).header("X-Locale", "en-US")
                .get("/v1/ratecards/azure-shared?currency=USD&region=US&asOf=" + year.at(2, 1))
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("attributes.objectType", equalTo("AzureRateCard"))
                .body("locale", equalTo("en"))
                .body("meters.id", hasItem(meter.toString()))
                .body("meters.find { it.id == '" + meter + "' }.name", equalTo("E2E Shared Service"));
        gateway.as(stack.partners().direct().admin())
                .get("/v1/ratecards/azure?currency=USD&region=US&asOf=" + year.at(2, 1))
                .then().statusCode(200).body("meters.id", not(hasItem(meter.toString())));
    }
}
