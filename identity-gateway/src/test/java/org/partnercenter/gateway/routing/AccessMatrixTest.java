package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;

/**
 * DESIGN.md's access tables, written down here independently of the gateway's route table, checked
 * through the gateway for every partner type and role: allowed (anything but 401/403) or 403.
 */
@QuarkusTest
@GatewayTest
class AccessMatrixTest {

    private static final String C = "/v1/customers/44444444-4444-4444-4444-444444444444";
    private static final Set<String> NO_RESELLERS = Set.of("usage", "invoices", "pricing", "service requests");

    private static final List<String> ROLES_OF_A_PARTNER = List.of("global_admin", "admin_agent", "sales_agent",
            "helpdesk_agent", "billing_admin", "user_admin");

    /** Operation group, resellers barred or not, the roles DESIGN.md allows, and sample calls. */
    private record Rule(String group, Set<String> roles, List<String> calls) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("customers: read", Set.of("global_admin", "admin_agent", "sales_agent", "helpdesk_agent"),
                    List.of("GET /v1/customers", "GET " + C, "GET /v1/relationships", "GET " + C + "/orders",
                            "GET " + C + "/subscriptions", "GET /v1/offers?country=US",
                            "GET /v1/products?country=US&targetView=Azure", "GET /v1/agreements",
                            "GET " + C + "/agreements")),
            new Rule("customers: create", Set.of("global_admin", "admin_agent", "sales_agent"),
                    List.of("POST /v1/customers", "DELETE " + C, "POST /v1/migrations/customers",
                            "POST " + C + "/agreements")),
            new Rule("customers: edit details", Set.of("global_admin", "admin_agent", "sales_agent",
                    "helpdesk_agent"), List.of("PUT " + C + "/profiles/billing")),
            new Rule("orders, subscriptions: change", Set.of("global_admin", "admin_agent", "sales_agent"),
                    List.of("POST " + C + "/orders", "PATCH " + C + "/subscriptions/s-1")),
            new Rule("usage", Set.of("global_admin", "admin_agent", "sales_agent", "helpdesk_agent", "billing_admin"),
                    List.of("GET " + C + "/subscriptions/s-1/utilizations/azure", "GET " + C + "/usagesummary",
                            "GET " + C + "/subscriptions/s-1/usagesummary", "GET " + C + "/subscriptions/usagerecords",
                            "GET /v1/customers/usagerecords", "GET /v1/usagesummary")),
            new Rule("invoices", Set.of("global_admin", "admin_agent", "billing_admin"),
                    List.of("GET /v1/invoices", "GET /v1/invoices/unbilled/lineitems", "GET /v1/invoices/G000000001",
                            "GET /v1/invoices/G000000001/lineitems/onetime/usagelineitems", "GET /v1/payments")),
            new Rule("operations", Set.of("global_admin", "admin_agent", "billing_admin"),
                    List.of("GET /v1/operations/55555555-5555-5555-5555-555555555555")),
            new Rule("pricing", Set.of("global_admin", "admin_agent", "sales_agent", "billing_admin"),
                    List.of("GET /v1/ratecards/azure", "GET /v1/ratecards/azure-shared", "GET /v1/pricelists")),
            new Rule("service requests", Set.of("global_admin", "admin_agent", "helpdesk_agent", "billing_admin",
                    "user_admin"), List.of("POST /v1/servicerequests/en-US", "PATCH /v1/servicerequests/r-1",
                    "POST /v1/servicerequests/r-1/escalate", "PATCH " + C + "/servicerequests/r-1")),
            new Rule("service requests", Set.of("global_admin", "admin_agent", "sales_agent", "helpdesk_agent",
                    "billing_admin", "user_admin"), List.of("GET /v1/servicerequests", "GET " + C + "/servicerequests",
                    "GET /v1/servicerequests/r-1/timeline")),
            new Rule("partner users and roles", Set.of("global_admin", "user_admin"),
                    List.of("GET /v1/users", "GET /v1/applications")),
            new Rule("audit records", Set.of("global_admin", "admin_agent"), List.of("GET /v1/auditrecords")),
            new Rule("profiles: read, and reference data", Set.copyOf(ROLES_OF_A_PARTNER), List.of(
                    "GET /v1/me", "GET /v1/profiles/legalbusiness", "GET /v1/profiles/billing", "GET /v1/profiles/support",
                    "GET /v1/serviceincidents", "GET /v1/countryvalidationrules/US", "POST /v1/validations/address")),
            new Rule("domain check", Set.of("global_admin", "admin_agent", "sales_agent"),
                    List.of("HEAD /v1/domains/contoso.example")),
            new Rule("profiles: change", Set.of("global_admin"), List.of("PUT /v1/profiles/legalbusiness",
                    "PUT /v1/profiles/support")),
            new Rule("relationship requests", Set.of("global_admin", "admin_agent"),
                    List.of("GET /v1/customers/relationshiprequests")),
            new Rule("operator only", Set.of(), List.of("GET /v1/partners", "POST /v1/pricelists",
                    "POST /v1/usagerecords/batches", "GET /v1/usagerecords/unrated", "POST /v1/exchangerates",
                    "GET /v1/billingperiods", "POST /v1/billingperiods/2026-11/close", "POST /v1/serviceincidents")));

    private static final Map<String, Map<String, String>> TOKENS = new LinkedHashMap<>();

    private static void signInEveryRoleOfEveryPartnerType() {
        TestPartner provider = Partners.register("indirect_provider");
        Map<String, TestPartner> partners = Map.of("direct", Partners.register("direct"),
                "indirect_provider", provider,
                "indirect_reseller", Partners.register("indirect_reseller", provider.tenantId(), true));
        partners.forEach((type, partner) -> {
            Map<String, String> byRole = new LinkedHashMap<>();
            for (String role : ROLES_OF_A_PARTNER) {
                TestUser user = TestUser.create(partner.tenantId(), role.replace('_', '-'));
                given().auth().oauth2(partner.admin().token()).contentType("application/json")
                        .body(Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()))
                        .post("/v1/users").then().statusCode(201);
                given().auth().oauth2(partner.admin().token()).contentType("application/json")
                        .body(Map.of("id", role)).post("/v1/users/" + user.objectId() + "/roles")
                        .then().statusCode(201);
                byRole.put(role, user.token());
            }
            TOKENS.put(type, byRole);
        });
    }

    @Test
    void shouldAllowExactlyWhatDesignAllowsWhenEveryRoleOfEveryPartnerTypeCallsEveryGroup() {
        signInEveryRoleOfEveryPartnerType();
        List<String> mismatches = new ArrayList<>();
        TOKENS.forEach((type, byRole) -> byRole.forEach((role, token) -> {
            for (Rule rule : RULES) {
                boolean allowed = rule.roles().contains(role)
                        && !(type.equals("indirect_reseller") && NO_RESELLERS.contains(rule.group()));
                for (String call : rule.calls()) {
                    String[] methodAndPath = call.split(" ");
                    var request = given().auth().oauth2(token);
                    // A HEAD carries no body; every other call sends an empty JSON object.
                    int status = (methodAndPath[0].equals("HEAD") ? request
                            : request.contentType("application/json").body("{}"))
                            .request(methodAndPath[0], methodAndPath[1]).statusCode();
                    boolean refused = status == 403 || status == 401;
                    if (allowed == refused) {
                        mismatches.add(type + " " + role + " " + call + " (" + rule.group() + "): got " + status);
                    }
                }
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldSendUnratedUsageToBillingAndTheRestOfUsageRecordsToCustomerServiceWhenTheirRoutesMatch() {
        assertThat(RouteTable.match("/v1/usagerecords/unrated").map(Route::owner)).contains(Owner.BILLING);
        assertThat(RouteTable.match("/v1/UsageRecords/Unrated/").map(Route::owner)).contains(Owner.BILLING);
        assertThat(RouteTable.match("/v1/usagerecords/batches").map(Route::owner)).contains(Owner.CUSTOMER);
        assertThat(RouteTable.match("/v1/usagerecords/unrated/x").map(Route::owner)).contains(Owner.CUSTOMER);
    }

    @Test
    void shouldSendUsageSummariesToBillingAndTheCustomersOtherRoutesToCustomerServiceWhenTheirRoutesMatch() {
        for (String path : new String[] {C + "/usagesummary", C + "/subscriptions/s-1/usagesummary",
                C + "/subscriptions/usagerecords", "/v1/customers/usagerecords", "/v1/UsageSummary"}) {
            assertThat(RouteTable.match(path).map(Route::owner)).as(path).contains(Owner.BILLING);
        }
        assertThat(RouteTable.match(C + "/subscriptions/s-1").map(Route::owner)).contains(Owner.CUSTOMER);
        assertThat(RouteTable.match(C + "/subscriptions/s-1/utilizations/azure").map(Route::owner))
                .contains(Owner.CUSTOMER);
        assertThat(RouteTable.match(C).map(Route::owner))
                .contains(Owner.CUSTOMER);
    }

    @Test
    void shouldLetTheOperatorDoOnlyItsOwnWorkWhenItCallsPartnerRoutes() {
        String operator = Partners.operatorToken();

        given().auth().oauth2(operator).get("/v1/partners").then().statusCode(200);
        given().auth().oauth2(operator).get("/v1/customers").then().statusCode(200);
        given().auth().oauth2(operator).contentType("application/json").body("{}").post("/v1/customers")
                .then().statusCode(403);
        given().auth().oauth2(operator).contentType("application/json").body("{}")
                .post("/v1/servicerequests/en-US").then().statusCode(403);
    }
}
