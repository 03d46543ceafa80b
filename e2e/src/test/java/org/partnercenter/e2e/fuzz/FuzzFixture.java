package org.partnercenter.e2e.fuzz;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.catalog.AzureCatalog;
import org.partnercenter.e2e.support.ApiOperations;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.PeriodCloses;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.PricingYear;
import org.partnercenter.e2e.support.ReconciliationFiles;
import org.partnercenter.e2e.support.ReconciliationFiles.Export;
import org.partnercenter.e2e.support.ResourceIds;
import org.partnercenter.e2e.support.ServiceIncidentBody;
import org.partnercenter.e2e.support.ServiceRequestBody;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestApplication;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UnbilledLineItems;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * The real things the fuzzed paths name, made first through the gateway so that hostile input reaches the
 * services' validation, not a 404: a direct partner with a member, an application, a customer with an
 * Azure plan and a service request about it; a service incident; another partner for the operator's partner
 * routes; a price list and exchange rates; last month's invoice, the close that issued it, an export of it and a
 * payment on it. Also who calls: the partner's global admin, or the operator's admin where only it may.
 */
final class FuzzFixture {

    final StackUnderTest stack;
    final TestPartner partner;
    final ResourceIds ids;
    /** The year of the price list the fixture publishes, and the year fuzzed price lists are published for. */
    final PricingYear priceListYear;
    final PricingYear year = PricingYear.ownYear();
    final JsonNode billingProfile;
    private final TestUser supportAgent;

    private FuzzFixture(StackUnderTest stack, TestPartner partner, ResourceIds ids, PricingYear priceListYear,
            JsonNode billingProfile, TestUser supportAgent) {
        this.stack = stack;
        this.partner = partner;
        this.ids = ids;
        this.priceListYear = priceListYear;
        this.billingProfile = billingProfile;
        this.supportAgent = supportAgent;
    }

    static FuzzFixture create(StackUnderTest stack) {
        Gateway gateway = stack.gateway();
        TestPartner partner = stack.partners().direct();
        TestUser admin = partner.admin();
        TestUser member = stack.partners().addUser(partner, "fuzz-member", Roles.SALES_AGENT);
        TestApplication application = stack.identityProvider().createApplication(partner.tenantId(), "fuzz-app");
        gateway.as(admin).body(Map.of("id", application.appId(), "displayName", "fuzz-app")).post("/v1/applications")
                .then().statusCode(201);
        CustomerBody customer = CustomerBody.customer("Fuzz Customer");
        String customerId = stack.customers().create(admin, customer);
        String subscriptionId = stack.customers().orderAzurePlan(admin, customerId);
        String orderId = gateway.as(admin).get("/v1/customers/" + customerId + "/orders")
                .then().statusCode(200).extract().path("items[0].id");
        // support-service learns customers from the customers topic.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> gateway.as(admin)
                .get("/v1/customers/" + customerId + "/servicerequests").statusCode() == 200);
        String serviceRequestId = gateway.as(admin).body(ServiceRequestBody.serviceRequest("Fuzzed")
                .aboutCustomer(customerId).build()).post("/v1/servicerequests/en-US")
                .then().statusCode(201).extract().path("id");
        UUID meterId = UUID.randomUUID();
        PricingYear listYear = PricingYear.ownYear();
        String priceListId = gateway.as(stack.operator()).body(PriceListBody.effective(listYear.date(1, 1))
                .meter(meterId, "Fuzz Meter", "Compute", "1 Hour", "0=0.1").build()).post("/v1/pricelists")
                .then().statusCode(201).extract().path("id");
        String exchangeRateId = gateway.as(stack.operator()).body(Map.of("effectiveDate", listYear.date(1, 1),
                "base", "USD", "rates", Map.of("EUR", 0.5))).post("/v1/exchangerates")
                .then().statusCode(201).extract().path("id");
        String billing = gateway.as(admin).get("/v1/customers/" + customerId + "/profiles/billing")
                .then().statusCode(200).extract().asString();
        TestUser supportAgent = stack.operators().addSupportAgent();
        String serviceIncidentId = gateway.as(supportAgent).body(ServiceIncidentBody.incident("Fuzz Workload")
                .build()).post("/v1/serviceincidents").then().statusCode(201).extract().path("id");
        Map<String, String> named = new HashMap<>(ResourceIds.BILLING);
        named.putAll(lastMonthClosed(stack, partner, customerId, subscriptionId));
        named.putAll(Map.ofEntries(Map.entry("customer", customerId),
                Map.entry("subscription", subscriptionId), Map.entry("order", orderId),
                Map.entry("serviceRequest", serviceRequestId), Map.entry("user", member.objectId()),
                Map.entry("application", application.appId()), Map.entry("role", Roles.SALES_AGENT),
                Map.entry("partner", stack.partners().direct().tenantId()), Map.entry("priceList", priceListId),
                Map.entry("meter", meterId.toString()), Map.entry("exchangeRate", exchangeRateId),
                Map.entry("locale", "en-US"), Map.entry("offer", AzureCatalog.MICROSOFT_AZURE_OFFER_ID),
                Map.entry("product", AzureCatalog.AZURE_PLAN_PRODUCT_ID),
                Map.entry("sku", AzureCatalog.AZURE_PLAN_SKU_ID),
                Map.entry("availability", AzureCatalog.AZURE_PLAN_AVAILABILITY_ID),
                Map.entry("serviceIncident", serviceIncidentId), Map.entry("domain", customer.domain()),
                Map.entry("country", "US")));
        ResourceIds ids = new ResourceIds(Map.copyOf(named));
        try {
            return new FuzzFixture(stack, partner, ids, listYear, new ObjectMapper().readTree(billing),
                    supportAgent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the billing profile is not JSON: " + billing, e);
        }
    }

    /**
     * A real invoice for the billing routes, and the operation that issued it: an hour of a meter of the fuzz's own on
     * last month's last evening (see {@link LastMonth}), rated, then last month closed for the fuzz's partner; the
     * partner's export of it (its manifest and part) and a cent the operator recorded as paid on it.
     */
    private static Map<String, String> lastMonthClosed(StackUnderTest stack, TestPartner partner, String customerId,
            String subscriptionId) {
        Gateway gateway = stack.gateway();
        UUID meterId = UUID.randomUUID();
        LastMonth.publish(gateway, stack.operator(), LastMonth.prices()
                .meter(meterId, "Fuzz Billed Hours", "Compute", "1 Hour", "0=0.1"));
        gateway.as(stack.operator()).body(UsageBatch.batch().record(customerId, subscriptionId, meterId.toString(),
                "1", "1 Hour", LastMonth.evening().plusSeconds(10), Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200);
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> gateway
                    .as(partner.admin()).get(UnbilledLineItems.pathFor(LastMonth.evening())).then().statusCode(200)
                    .extract().<Integer>path("totalCount") > 0);
        } catch (ConditionTimeoutException notRated) {
            // What billing made of the hour instead, for the build's output: held unrated, or a line elsewhere.
            String held = gateway.as(stack.operator()).get("/v1/usagerecords/unrated?partnerTenantId="
                    + partner.tenantId()).asString();
            String current = gateway.as(partner.admin()).get(UnbilledLineItems.pathFor(Instant.now()))
                    .asString();
            throw new AssertionError("the fuzz's hour of last month was not rated within 90 s; held: "
                    + held + "; this month's lines: " + current, notRated);
        }
        try {
            String operationId = new PeriodCloses(gateway, stack.operator()).close(LastMonth.month(),
                    partner.tenantId()).ended().getString("id");
            String invoiceId = gateway.as(partner.admin()).get("/v1/invoices?period=" + LastMonth.month())
                    .then().statusCode(200).extract().path("items[0].id");
            Export export = new ReconciliationFiles(gateway, partner.admin())
                    .export("/v1/invoices/" + invoiceId + "/exports", Map.of());
            String paymentId = gateway.as(stack.operator()).body(Map.of("invoiceId", invoiceId, "amount",
                    new BigDecimal("0.01"), "currencyCode", "USD", "reference", "fuzz")).post("/v1/payments")
                    .then().statusCode(201).extract().path("id");
            return Map.of("invoice", invoiceId, "operation", operationId, "export", export.manifest().getString("id"),
                    "part", export.manifest().getString("parts[0].name"), "payment", paymentId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while last month closed", e);
        }
    }

    /**
     * A caller with the right for the operation: the partner's global admin, else the operator's admin; the
     * operator's support for adding support topics and writing service incidents, which support-service keeps to
     * operator_support.
     */
    TestUser callerFor(FuzzOperation operation) {
        if (operation.toString().equals("POST /v1/servicerequests/supporttopics")
                || operation.template().startsWith("/v1/serviceincidents") && !operation.method().equals("GET")) {
            return supportAgent;
        }
        if (operation.template().startsWith("/v1/operations/")) {
            return stack.operator(); // an operation is its starter's only: the operator's admin closed last month
        }
        boolean partnerMay = ApiOperations.find(operation.method(), operation.template())
                .map(op -> op.roles().contains(Roles.GLOBAL_ADMIN)).orElse(true);
        return partnerMay ? partner.admin() : stack.operator();
    }

    String customerId() {
        return ids.byKind().get("customer");
    }

    String subscriptionId() {
        return ids.byKind().get("subscription");
    }
}
