package org.partnercenter.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestApplication;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/** DESIGN.md: a user's roles can change at any time and take effect within 5 seconds. */
@EndToEnd
class UsersAndRolesIT {

    private static final Duration ROLE_CHANGE_DEADLINE = Duration.ofSeconds(5);

    private final StackUnderTest stack;
    private final Gateway gateway;

    UsersAndRolesIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAllowCustomerReadsWithinFiveSecondsWhenAnAgentRoleIsGranted() {
        TestPartner partner = stack.partners().direct();
        TestUser colleague = stack.partners().addUser(partner, "colleague");
        gateway.as(colleague).get("/v1/customers").then().statusCode(403).body("code", equalTo(900150));

        stack.partners().grant(partner, colleague, "admin_agent");

        await().atMost(ROLE_CHANGE_DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.as(colleague).get("/v1/customers").statusCode() == 200);
        gateway.as(colleague).get("/v1/customers").then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldRefuseWith900150WithinFiveSecondsWhenTheRoleIsRemoved() {
        TestPartner partner = stack.partners().direct();
        TestUser agent = stack.partners().addUser(partner, "agent", "admin_agent");
        gateway.as(agent).get("/v1/customers").then().statusCode(200);

        gateway.as(partner.admin()).delete("/v1/users/" + agent.objectId() + "/roles/admin_agent")
                .then().statusCode(204);

        await().atMost(ROLE_CHANGE_DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.as(agent).get("/v1/customers").statusCode() == 403);
        gateway.as(agent).get("/v1/customers").then().statusCode(403)
                .body("code", equalTo(900150))
                .body("description", equalTo("The supplied role does not have the rights to perform the requested "
                        + "operation. Roles that may: admin_agent, global_admin, helpdesk_agent, operator_admin, "
                        + "sales_agent."));
    }

    @Test
    void shouldListExactlyTheGrantedRolesWhenAUserHasSeveral() {
        TestPartner partner = stack.partners().direct();
        TestUser agent = stack.partners().addUser(partner, "agent", "billing_admin", "admin_agent");

        gateway.as(partner.admin()).get("/v1/users/" + agent.objectId() + "/roles")
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.id", contains("admin_agent", "billing_admin"))
                .body("items.name", contains("Admin agent", "Billing admin"));
        gateway.as(partner.admin()).get("/v1/users")
                .then().statusCode(200).body("totalCount", equalTo(2));
    }

    @Test
    void shouldLetAHelpdeskAgentReadCustomersButNotCreateThem() {
        TestPartner partner = stack.partners().direct();
        TestUser helpdesk = stack.partners().addUser(partner, "helpdesk", "helpdesk_agent");

        gateway.as(helpdesk).get("/v1/customers").then().statusCode(200).body("totalCount", equalTo(0));
        gateway.as(helpdesk).body(CustomerBody.customer("Helpdesk Attempt").build()).post("/v1/customers")
                .then().statusCode(403).body("code", equalTo(900150));
        gateway.as(partner.admin()).get("/v1/customers").then().body("totalCount", equalTo(0));
    }

    @Test
    void shouldLetOnlyAdminsManageUsersWhenASalesAgentTries() {
        TestPartner partner = stack.partners().direct();
        TestUser sales = stack.partners().addUser(partner, "sales", "sales_agent");
        TestUser userAdmin = stack.partners().addUser(partner, "user-admin", "user_admin");

        gateway.as(sales).get("/v1/users").then().statusCode(403).body("code", equalTo(900150));
        gateway.as(userAdmin).get("/v1/users").then().statusCode(200).body("totalCount", equalTo(3));
    }

    @Test
    void shouldActWithTheApplicationsRolesWhenAnIntegrationSignsInAppOnly() {
        TestPartner partner = stack.partners().direct();
        TestApplication integration = stack.identityProvider().createApplication(partner.tenantId(), "crm-sync");
        gateway.as(partner.admin()).body(Map.of("id", integration.appId(), "displayName", "crm-sync"))
                .post("/v1/applications").then().statusCode(201);
        String appToken = integration.token();
        gateway.as(appToken).get("/v1/customers").then().statusCode(403).body("code", equalTo(900150));

        gateway.as(partner.admin()).body(Map.of("id", "sales_agent"))
                .post("/v1/applications/" + integration.appId() + "/roles").then().statusCode(201);

        await().atMost(ROLE_CHANGE_DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.as(appToken).get("/v1/customers").statusCode() == 200);
        gateway.as(appToken).body(CustomerBody.customer("Integration Customer").build()).post("/v1/customers")
                .then().statusCode(201).body("billingProfile.companyName", equalTo("Integration Customer"));
    }
}
