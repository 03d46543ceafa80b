package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.Partners;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.ServiceIncidentBody;
import org.partnercenter.e2e.support.ServiceRequestBody;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UsageBatch;
import org.partnercenter.e2e.support.WriteBodies;

/**
 * A valid request for each operation, which the fuzz then spoils one part at a time: real ids in the path,
 * the required query parameters, a body the service would accept (the suite's own builders where it has
 * them, else an example of the documented schema) and the billing profile's current etag.
 */
final class ValidRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FuzzFixture fixture;
    private final OpenApiDocument document;
    private final Instant monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    ValidRequests(FuzzFixture fixture, OpenApiDocument document) {
        this.fixture = fixture;
        this.document = document;
    }

    /** @param body the operation's valid body ({@link #body}), null if it takes none */
    FuzzInput of(FuzzOperation operation, TestUser caller, JsonNode body) {
        Map<String, String> path = new LinkedHashMap<>();
        operation.in("path").forEach(p -> {
            String id = fixture.ids.valueFor(operation.template(), p.name());
            path.put(p.name(), Payloads.encode(id != null ? id : UUID.randomUUID().toString()));
        });
        Map<String, String> query = new LinkedHashMap<>();
        operation.in("query").stream().filter(p -> p.required() || knownQueryValue(operation, p.name()) != null)
                .forEach(p -> query.put(Payloads.encode(p.name()), Payloads.encode(queryValue(operation, p))));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + caller.token());
        headers.put("Accept", "application/json");
        if (operation.header("If-Match").isPresent()) {
            // The resource's current etag, read just before: an earlier operation may have changed it.
            String resource = fixture.ids.fill(operation.template());
            String etag = fixture.stack.gateway().as(caller).get(resource).then().extract().path("attributes.etag");
            headers.put("If-Match", "\"" + etag + "\"");
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return new FuzzInput(InputClass.VALID, "a valid request", path, query, headers,
                body == null ? null : Payloads.wire(body.toString()), FuzzInput.Expected.BELOW_500);
    }

    /** The body the fuzz spoils: a valid one for every operation the suite knows, else the schema's example. */
    JsonNode body(FuzzOperation operation) {
        String customerId = fixture.customerId();
        Object known = switch (operation.method() + " " + operation.template().replaceAll("\\{[^}]*}", "{}")) {
            // A domain new to each request: a taken one (409) would hide what the body's validation answers.
            case "POST /v1/customers" -> CustomerBody.customer("Fuzz Created")
                    .domain("fuzz" + Payloads.UNIQUE + ".onmicrosoft.com").build();
            case "PUT /v1/customers/{}/profiles/billing" -> fixture.billingProfile;
            // The partner's own profiles: every field they take (the billing currency is left out, it is the
            // partner's invoicing one); the etag comes in If-Match, read just before.
            case "PUT /v1/profiles/legalbusiness" -> Map.of("companyName", "Fuzz Legal Ltd",
                    "address", Map.of("addressLine1", "One Microsoft Way", "city", "Redmond", "state", "WA",
                            "postalCode", "98052", "country", "US"),
                    "primaryContact", Map.of("firstName", "Tess", "lastName", "Tester",
                            "email", "legal@fuzz.example", "phoneNumber", "+1 425 555 0100"),
                    "companyApproverAddress", Map.of("city", "Redmond", "country", "US"),
                    "companyApproverEmail", "approver@fuzz.example");
            case "PUT /v1/profiles/billing" -> Map.of("companyName", "Fuzz Billing Ltd",
                    "address", Map.of("addressLine1", "One Microsoft Way", "city", "Redmond", "country", "US"),
                    "primaryContact", Map.of("email", "billing@fuzz.example"),
                    "purchaseOrderNumber", "PO-FUZZ", "taxId", "US-FUZZ");
            case "PUT /v1/profiles/support", "PUT /v1/profiles/supportprofile" -> Map.of("email",
                    "support@fuzz.example", "telephone", "+1 425 555 0100", "website", "https://fuzz.example",
                    "displayName", "Fuzz support");
            case "POST /v1/usagerecords/batches" -> UsageBatch.batch().record(customerId, fixture.subscriptionId(),
                    "fuzz-meter", "1", "1 Hour", monthStart, Duration.ofHours(1)).build();
            case "POST /v1/users" -> newUser();
            case "POST /v1/applications" -> Map.of("id", UUID.randomUUID().toString(), "displayName", "fuzz-app-2");
            case "POST /v1/partners" -> newPartner();
            case "POST /v1/servicerequests/{}" -> ServiceRequestBody.serviceRequest("Fuzz opened").build();
            case "POST /v1/serviceincidents" -> ServiceIncidentBody.incident("Fuzz Workload").build();
            case "POST /v1/pricelists" -> PriceListBody.effective(fixture.year.date(1, 1))
                    .meter(UUID.randomUUID(), "Fuzz Meter", "Compute", "1 Hour", "0=0.1").build();
            case "POST /v1/migrations/customers" -> List.of(migratedCustomer());
            case "POST /v1/validations/address" -> Map.of("addressLine1", "One Microsoft Way", "city", "Redmond",
                    "state", "WA", "postalCode", "98052", "country", "US");
            case "POST /v1/exchangerates" -> Map.of("effectiveDate", fixture.year.date(1, 1), "base", "USD",
                    "rates", Map.of("EUR", 0.5));
            // The fuzz's own partner: a close the body names touches no other partner's period.
            case "POST /v1/billingperiods/{}/close" -> Map.of("partnerTenantId", fixture.partner.tenantId());
            case "POST /v1/invoices/{}/exports" -> Map.of("attributeSet", "basic", "format", "jsonl");
            case "POST /v1/invoices/unbilled/exports" -> Map.of("billingPeriod", "current", "currencyCode", "USD");
            case "POST /v1/payments" -> Map.of("invoiceId", fixture.ids.byKind().get("invoice"), "amount",
                    new BigDecimal("0.01"), "currencyCode", "USD", "reference", "fuzz");
            default -> WriteBodies.validFor(operation.method(), operation.template(), fixture.ids).orElseGet(() ->
                    operation.bodySchema() != null ? document.example(operation.bodySchema(), 0) : Map.of());
        };
        JsonNode body = JSON.valueToTree(known);
        if (body.at("/records/0").isObject()) {
            ((ObjectNode) body.at("/records/0")).put("id", "fuzz-" + Payloads.UNIQUE);
        }
        return body;
    }

    private Map<String, Object> migratedCustomer() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("companyName", "Fuzz Migrated");
        customer.put("domain", "fuzz" + Payloads.UNIQUE + ".onmicrosoft.com");
        customer.put("email", "billing@fuzz-migrated.example");
        customer.put("culture", "en-US");
        customer.put("language", "en");
        customer.put("firstName", "Tess");
        customer.put("lastName", "Tester");
        customer.put("addressLine1", "One Microsoft Way");
        customer.put("city", "Redmond");
        customer.put("state", "WA");
        customer.put("postalCode", "98052");
        customer.put("country", "US");
        return customer;
    }

    private Map<String, Object> newUser() {
        TestUser user = fixture.stack.identityProvider().createUser(fixture.partner.tenantId(), "fuzz-new");
        return Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName());
    }

    private Map<String, Object> newPartner() {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = fixture.stack.identityProvider().createUser(tenantId, "fuzz-partner-admin");
        return Partners.registration(tenantId, "direct", admin, null, true);
    }

    private String queryValue(FuzzOperation operation, FuzzOperation.Parameter parameter) {
        String known = knownQueryValue(operation, parameter.name());
        return known != null ? known : document.example(parameter.schema(), 0).asText();
    }

    /** Query parameters the services need to answer 2xx, with values that name the fixtures. */
    private String knownQueryValue(FuzzOperation operation, String name) {
        return switch (name) {
            case "start_time" -> monthStart.toString();
            case "end_time" -> monthStart.plus(Duration.ofDays(2)).toString();
            case "relationship_type" -> "IsIndirectResellerOf";
            case "meterId" -> fixture.ids.byKind().get("meter");
            case "quantity" -> "1";
            // The fixture's price list is in force in a far-future year of its own, never today.
            case "usageTime" -> fixture.priceListYear.at(6, 1).toString();
            case "asOf" -> fixture.priceListYear.date(6, 1);
            // The unbilled line items: provider, kind, currency and period are required by billing-service.
            case "provider" -> "onetime";
            case "invoicelineitemtype" -> "usagelineitems";
            case "currencycode" -> "USD";
            case "invoiceId" -> fixture.ids.byKind().get("invoice");
            // The catalogue's reads: a market it sells in and the view that lists the Azure plan.
            case "country" -> "US";
            case "targetView" -> "Azure";
            // Unbilled line items take current or previous; invoices a month: the fixture's invoice is last month's.
            case "period" -> operation.template().startsWith("/v1/invoices/unbilled") ? "current"
                    : LastMonth.month().toString();
            default -> null;
        };
    }
}
