package org.partnercenter.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Customers;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.ForgedTokens;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/** What the gateway and the services refuse, each with its status, code and a description that says why. */
@EndToEnd
class RefusalsIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    RefusalsIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAnswer401WhenTheTokenIsSignedByAKeyOutsideTheJwks() {
        TestPartner partner = stack.partners().direct();
        String forged = ForgedTokens.signedByAnUnknownKey(stack.identityProvider(), partner.admin());

        gateway.as(forged).get("/v1/customers")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo(401))
                .body("description", equalTo("The access token is not valid: its signature, issuer, audience or "
                        + "validity period did not verify. Request a new token from your tenant's authority."));
    }

    @Test
    void shouldAnswer401WhenTheTokenHasExpiredOrIsMissing() {
        TestPartner partner = stack.partners().direct();

        gateway.as(partner.admin().token(Map.of("lifetime_seconds", "-120"))).get("/v1/customers")
                .then().statusCode(401)
                .body("code", equalTo(401))
                .body("description", equalTo("The access token has expired. Request a new token and retry."));
        gateway.anonymous().get("/v1/customers")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer")).body("code", equalTo(401));
    }

    @Test
    void shouldAnswer403WhenTheTokenComesFromACspCustomersOwnTenant() {
        TestPartner partner = stack.partners().direct();
        String customerTenant = stack.customers().create(partner.admin(), CustomerBody.customer("Contoso Customer"));
        TestUser customersUser = stack.identityProvider().createUser(customerTenant, "employee");

        gateway.as(customersUser).get("/v1/customers/" + customerTenant)
                .then().statusCode(403)
                .body("code", equalTo(403))
                .body("description", equalTo("Tenant " + customerTenant + " is not a registered partner organization. "
                        + "This portal and API are for CSP partners; customers manage their services through their "
                        + "partner."));
    }

    @Test
    void shouldSendAResellerToItsProvidersSolutionWhenItAsksForTheRateCard() {
        TestPartner reseller = stack.partners().resellerOf(stack.partners().indirectProvider());

        gateway.as(reseller.admin()).get("/v1/ratecards/azure")
                .then().statusCode(403)
                .body("code", equalTo(403))
                .body("description", equalTo("Indirect resellers do not have CSP pricing here: use your indirect "
                        + "provider's solution for it."));
    }

    @Test
    void shouldAnswer404WhenTheCustomerBelongsToAnotherPartner() {
        TestPartner owner = stack.partners().direct();
        TestPartner stranger = stack.partners().direct();
        String customerId = stack.customers().create(owner.admin(), CustomerBody.customer("Private Customer"));
        String subscriptionId = stack.customers().orderAzurePlan(owner.admin(), customerId);

        gateway.as(stranger.admin()).get("/v1/customers/" + customerId)
                .then().statusCode(404).body("code", equalTo(404));
        gateway.as(stranger.admin()).get("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId)
                .then().statusCode(404).body("code", equalTo(404));
        gateway.as(stranger.admin()).body(Customers.azurePlanOrder(customerId))
                .post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(404).body("code", equalTo(404));
        gateway.as(stranger.admin()).get("/v1/customers/" + customerId + "/usagesummary")
                .then().statusCode(404).body("code", equalTo(404));
        gateway.as(owner.admin()).get("/v1/customers/" + customerId + "/subscriptions")
                .then().statusCode(200).body("totalCount", equalTo(1));
    }

    @Test
    void shouldAnswer403With900150WhenTheRoleLacksTheRight() {
        TestPartner partner = stack.partners().direct();
        TestUser billing = stack.partners().addUser(partner, "billing", "billing_admin");

        gateway.as(billing).body(CustomerBody.customer("Not Allowed").build()).post("/v1/customers")
                .then().statusCode(403)
                .body("code", equalTo(900150))
                .body("description", equalTo("The supplied role does not have the rights to perform the requested "
                        + "operation. Roles that may: admin_agent, global_admin, sales_agent."));
        gateway.as(partner.admin()).body(Map.of("id", "operator_admin")).post("/v1/partners")
                .then().statusCode(403).body("code", equalTo(900150));
    }
}
