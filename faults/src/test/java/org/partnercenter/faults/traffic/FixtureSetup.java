package org.partnercenter.faults.traffic;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.deploy.identity.DirectoryUsers;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.faults.stack.FaultStack;
import org.partnercenter.rating.MeterRates;
import org.partnercenter.rating.Tier;

/**
 * Before any fault, as an operator and a partner would through the gateway: the operator publishes a price list for
 * meters of its own (tiered, so that the order of usage within a period matters), registers a direct partner in USD,
 * whose global admin creates customers and orders each an Azure plan.
 */
public final class FixtureSetup {

    private FixtureSetup() {
    }

    public static Fixture make(FaultStack stack, int customers, int meterCount)
            throws IOException, InterruptedException {
        Api api = new Api(stack.gatewayUrl(), stack.authority());
        OperatorAdmin operator = stack.parts().operator();
        String operatorToken = api.token(operator.tenantId(), operator.userPrincipalName(),
                operator.password().orElseThrow());
        List<Fixture.Meter> meters = publishPrices(api, operatorToken, meterCount);

        String tenantId = UUID.randomUUID().toString();
        String upn = "admin@faults-" + tenantId.substring(0, 8) + ".partner-center.local";
        String password = "Pw-" + UUID.randomUUID();
        String objectId = new DirectoryUsers(stack.authority()).create(tenantId, upn, password).orElseThrow()
                .objectId();
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("tenantId", tenantId);
        partner.put("name", "Faults Partner " + tenantId.substring(0, 8));
        partner.put("partnerType", "direct");
        partner.put("globalAdmin", Map.of("objectId", objectId, "userPrincipalName", upn));
        partner.put("mpnId", "4242424");
        partner.put("country", "US");
        partner.put("currency", "USD");
        partner.put("address", Map.of("addressLine1", "1 Fault Way", "city", "Redmond", "postalCode", "98052",
                "country", "US"));
        api.postOk("/v1/partners", operatorToken, partner);
        String adminToken = api.token(tenantId, upn, password);

        List<Fixture.Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String domain = "faults" + i + "-" + tenantId.substring(0, 8) + ".onmicrosoft.com";
            String customerId = api.postOk("/v1/customers", adminToken, customer(domain, i)).get("id").asText();
            String subscriptionId = api.postOk("/v1/customers/" + customerId + "/orders", adminToken,
                            azurePlanOrder(customerId))
                    .path("lineItems").path(0).path("subscriptionId").asText();
            subscriptions.add(new Fixture.Subscription(customerId, subscriptionId));
        }
        return new Fixture(operatorToken, subscriptions, meters);
    }

    /** In force from the first of last month: every usage the feed sends (the last days) is priced by it. */
    private static List<Fixture.Meter> publishPrices(Api api, String token, int meterCount)
            throws IOException, InterruptedException {
        List<Fixture.Meter> meters = new ArrayList<>();
        List<Map<String, Object>> body = new ArrayList<>();
        for (int i = 0; i < meterCount; i++) {
            // Prices with three decimals and a tier boundary the feed crosses: rounding and tiers both matter.
            MeterRates rates = new MeterRates(BigDecimal.ZERO, List.of(
                    new Tier(BigDecimal.ZERO, new BigDecimal("0.137").add(BigDecimal.valueOf(i, 2))),
                    new Tier(new BigDecimal("500"), new BigDecimal("0.061"))));
            Fixture.Meter meter = new Fixture.Meter(UUID.randomUUID().toString(), "1 Hour", rates);
            meters.add(meter);
            Map<String, Object> tiers = new LinkedHashMap<>();
            rates.tiers().forEach(t -> tiers.put(t.startQuantity().toPlainString(), t.unitPrice()));
            Map<String, Object> azureMeter = new LinkedHashMap<>();
            azureMeter.put("id", meter.id());
            azureMeter.put("name", "Faults meter " + i);
            azureMeter.put("category", "Virtual Machines");
            azureMeter.put("subcategory", "");
            azureMeter.put("region", "US East");
            azureMeter.put("unit", meter.unit());
            azureMeter.put("includedQuantity", BigDecimal.ZERO);
            azureMeter.put("rates", tiers);
            azureMeter.put("tags", List.of());
            body.add(azureMeter);
        }
        LocalDate effective = LocalDate.now(ZoneOffset.UTC).minusMonths(1).withDayOfMonth(1);
        api.postOk("/v1/pricelists", token, Map.of("effectiveDate", effective.toString(), "currency", "USD",
                "meters", body));
        return meters;
    }

    private static Map<String, Object> customer(String domain, int i) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("addressLine1", "One Microsoft Way");
        address.put("city", "Redmond");
        address.put("state", "WA");
        address.put("postalCode", "98052");
        address.put("firstName", "Ada");
        address.put("lastName", "Fault" + i);
        address.put("country", "US");
        Map<String, Object> billing = new LinkedHashMap<>();
        billing.put("companyName", "Fault Customer " + i);
        billing.put("email", "ada@" + domain);
        billing.put("culture", "en-US");
        billing.put("language", "en");
        billing.put("defaultAddress", address);
        return Map.of("companyProfile", Map.of("domain", domain), "billingProfile", billing);
    }

    private static Map<String, Object> azurePlanOrder(String customerId) {
        return Map.of("ReferenceCustomerId", customerId, "BillingCycle", "Monthly", "LineItems", List.of(
                Map.of("LineItemNumber", 0, "OfferId", "DZH318Z0BCZC", "FriendlyName", "Azure plan", "Quantity", 1)));
    }
}
