package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnercenter.deploy.demo.DemoCast.PlannedCustomer;

/**
 * Each partner's global admin creates its customers (an indirect provider also one for each of its
 * resellers) and orders an Azure plan for each, so that usage has a subscription to land on.
 */
final class CustomersStep implements DemoStep {

    private static final String AZURE_PLAN = "DZH318Z0BCZC";

    private static final Map<String, Map<String, String>> ADDRESSES = Map.of(
            "US", Map.of("addressLine1", "One Microsoft Way", "city", "Redmond", "state", "WA", "postalCode", "98052"),
            "NL", Map.of("addressLine1", "Evert van de Beekstraat 354", "city", "Schiphol", "postalCode", "1118 CZ"),
            "DE", Map.of("addressLine1", "Walter-Gropius-Strasse 5", "city", "Muenchen", "postalCode", "80807"));
    private static final List<String[]> CONTACTS = List.of(new String[] {"Ada", "Lovelace"},
            new String[] {"Grace", "Hopper"}, new String[] {"Alan", "Turing"}, new String[] {"Edsger", "Dijkstra"},
            new String[] {"Barbara", "Liskov"}, new String[] {"Niklaus", "Wirth"});

    @Override
    public String name() {
        return "customers with an Azure plan";
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        ResellerRelationships.awaitKnown(demo);
        int customers = 0;
        for (DemoPartner partner : demo.partners()) {
            String token = demo.globalAdminToken(partner);
            for (PlannedCustomer planned : partner.plan().customers()) {
                String resellerId = planned.resellerSlug() == null ? null
                        : demo.partner(planned.resellerSlug()).tenantId();
                JsonNode customer = demo.gateway().post("/v1/customers", token,
                        customer(planned.companyName(), partner, resellerId, demo));
                String customerId = customer.path("id").asText();
                JsonNode order = demo.gateway().post("/v1/customers/" + customerId + "/orders", token,
                        Map.of("referenceCustomerId", customerId, "billingCycle", "monthly", "lineItems", List.of(
                                Map.of("lineItemNumber", 0, "offerId", AZURE_PLAN, "friendlyName", "Azure plan",
                                        "quantity", 1))));
                partner.addCustomer(new DemoCustomer(customerId, planned.companyName(),
                        customer.path("companyProfile").path("domain").asText(),
                        order.path("lineItems").path(0).path("subscriptionId").asText(), resellerId));
                customers++;
            }
        }
        return customers + " customers, each with an Azure plan";
    }

    private static Map<String, Object> customer(String companyName, DemoPartner partner, String resellerId,
            DemoContext demo) {
        // Domains are unique across the whole system, and a server given by PC_POSTGRES_URL keeps the
        // customers of earlier starts: the partner's new tenant id makes this start's domains new too.
        String domain = companyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-"
                + partner.tenantId().substring(0, 6) + ".onmicrosoft.com";
        String[] contact = CONTACTS.get(demo.random().nextInt(CONTACTS.size()));
        String country = partner.plan().country();
        Map<String, Object> address = new LinkedHashMap<>(ADDRESSES.get(country));
        address.put("firstName", contact[0]);
        address.put("lastName", contact[1]);
        address.put("country", country);
        Map<String, Object> billing = new LinkedHashMap<>();
        billing.put("companyName", companyName);
        billing.put("email", contact[0].toLowerCase(Locale.ROOT) + "@" + domain);
        billing.put("culture", country.equals("US") ? "en-US" : country.toLowerCase(Locale.ROOT) + "-" + country);
        billing.put("language", country.equals("US") ? "en" : country.toLowerCase(Locale.ROOT));
        billing.put("defaultAddress", address);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyProfile", Map.of("domain", domain));
        body.put("billingProfile", billing);
        if (resellerId != null) {
            body.put("associatedPartnerId", resellerId);
        }
        return body;
    }
}
