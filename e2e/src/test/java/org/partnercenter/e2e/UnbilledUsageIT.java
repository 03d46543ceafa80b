package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.e2e.support.Quantities.quantity;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Customers;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.PricesInForce;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UnbilledLineItems;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * The operator's metering feed posts usage; seconds later the partner reads it rated, to the cent, as unbilled line
 * items: customer-service, the usage topic, billing's rating and its API, through the gateway.
 */
@EndToEnd
class UnbilledUsageIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    UnbilledUsageIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldShowThePostedUsageRatedExactlyAsUnbilledLineItemsWithinSecondsWhenTheOperatorFeedsIt() {
        // given a partner's Azure plan, and a price list effective a little before now (prices are global: a later
        // version, or one for a far year, never prices this usage) that adds a meter of this test's own to those in
        // force, as an operator adds one: 2 hours included each month, then 0.50 USD an hour up to 10, 0.25 beyond
        TestPartner partner = stack.partners().direct();
        TestUser billingAdmin = stack.partners().addUser(partner, "billing", "billing_admin");
        CustomerBody customer = CustomerBody.customer("Unbilled Usage Customer");
        String customerId = stack.customers().create(partner.admin(), customer);
        String subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        UUID meter = UUID.randomUUID();
        Instant effective = sameDayStart();
        Map<String, Object> prices = PriceListBody.effective(effective.toString())
                .meter(meter, "E2E Compute Hours", "Virtual Machines", "1 Hour", "0=0.50", "10=0.25")
                .with("includedQuantity", new BigDecimal("2")).build();
        prices.put("meters", Stream.concat(PricesInForce.meters(gateway, stack.operator(), effective).stream(),
                ((List<Map<String, Object>>) prices.get("meters")).stream()).toList());
        gateway.as(stack.operator()).body(prices).post("/v1/pricelists").then().statusCode(201);

        // when the feed posts 6 and then 8 hours of it
        Instant posted = Instant.now();
        gateway.as(stack.operator()).body(UsageBatch.batch()
                        .record(customerId, subscriptionId, meter.toString(), "6", "1 Hour", effective.plusSeconds(10),
                                Duration.ofHours(1))
                        .record(customerId, subscriptionId, meter.toString(), "8", "1 Hour", effective.plusSeconds(20),
                                Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200).body("accepted", equalTo(2));

        // then within seconds the billing admin reads one line: 14 hours, 2 free, 8 at 0.50, 4 at 0.25 = 5.00 USD
        String unbilled = UnbilledLineItems.pathFor(effective);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                gateway.as(billingAdmin).get(unbilled).then().statusCode(200).extract().<Integer>path("totalCount") > 0);
        long seconds = Duration.between(posted, Instant.now()).toSeconds();
        ValidatableResponse page = gateway.as(billingAdmin).get(unbilled).then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"));
        String day = LocalDate.ofInstant(effective, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant()
                .toString();
        page.body("items[0].partnerId", equalTo(partner.tenantId()))
                .body("items[0].partnerName", equalTo(partner.name()))
                .body("items[0].customerId", equalTo(customerId))
                .body("items[0].customerName", equalTo("Unbilled Usage Customer"))
                .body("items[0].customerDomainName", equalTo(customer.domain()))
                .body("items[0].tier2MpnId", equalTo(""))
                .body("items[0].invoiceNumber", equalTo(""))
                .body("items[0].productId", equalTo(Customers.AZURE_PLAN))
                .body("items[0].subscriptionId", equalTo(subscriptionId))
                .body("items[0].productName", equalTo("Azure plan"))
                .body("items[0].usageDate", equalTo(day))
                .body("items[0].meterId", equalTo(meter.toString()))
                .body("items[0].meterName", equalTo("E2E Compute Hours"))
                .body("items[0].meterCategory", equalTo("Virtual Machines"))
                .body("items[0].meterRegion", equalTo("US East"))
                .body("items[0].unitOfMeasure", equalTo("1 Hour"))
                .body("items[0].resourceLocation", equalTo("westeurope"))
                .body("items[0].consumedService", equalTo("Microsoft.Compute"))
                .body("items[0].resourceGroup", equalTo("rg-e2e"))
                .body("items[0].quantity", quantity("14"))
                .body("items[0].unitPrice", quantity("0.25"))
                .body("items[0].effectiveUnitPrice", quantity("0.3571428571"))
                .body("items[0].pricingPreTaxTotal", quantity("5.00"))
                .body("items[0].pricingCurrency", equalTo("USD"))
                .body("items[0].billingPreTaxTotal", quantity("5.00"))
                .body("items[0].billingCurrency", equalTo("USD"))
                .body("items[0].pcToBCExchangeRate", quantity("1"))
                .body("items[0].invoiceLineItemType", equalTo("usage_line_items"))
                .body("items[0].billingProvider", equalTo("marketplace"))
                .body("items[0].attributes.objectType", equalTo("DailyRatedUsageLineItem"));
        assertThat(seconds).as("seconds from posting to a visible line item")
                .isLessThan(20);

        // and no other partner sees it, while the operator does when it names the partner
        gateway.as(stack.partners().direct().admin()).get(unbilled).then().statusCode(200).body("items", empty());
        gateway.as(stack.operator()).get(unbilled + "&partnerTenantId=" + partner.tenantId()).then()
                .statusCode(200).body("items[0].billingPreTaxTotal", quantity("5.00"));
    }

    /**
     * Two minutes ago, to the second, moved back so that the usage 10 and 20 seconds after it falls on one UTC day
     * (one daily line item) even when the test runs just after midnight.
     */
    private static Instant sameDayStart() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        LocalDate first = LocalDate.ofInstant(start.plusSeconds(10), ZoneOffset.UTC);
        return first.equals(LocalDate.ofInstant(start.plusSeconds(20), ZoneOffset.UTC)) ? start
                : start.minusSeconds(30);
    }
}
