package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Customer creation as the SDKs do it ({@code partnerOperations.getCustomers().create(customer)}, then
 * {@code customer.getUserCredentials()}), and the customer's users as {@code customers.byId(id).getUsers().get()}
 * reads them.
 */
@EndToEnd
class CustomerUsersCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    CustomerUsersCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAnswerUserCredentialsThatSignInWhenTheSdksCustomerIsCreated() {
        TestPartner partner = stack.partners().direct();
        String domain = CustomerBody.uniqueDomain();

        JsonPath created = gateway.as(partner.admin()).header("MS-RequestId", UUID.randomUUID().toString())
                .body(sdkCustomer(domain)).post("/v1/customers")
                .then().statusCode(201)
                .body("userCredentials.userName", equalTo("admin"))
                .body("userCredentials.password", notNullValue())
                .extract().jsonPath();

        TestUser admin = stack.identityProvider().existingUser(created.getString("id"), null,
                created.getString("userCredentials.userName") + "@" + domain,
                created.getString("userCredentials.password"));
        assertThat(admin.token()).isNotBlank();
    }

    @Test
    void shouldListTheCustomersAdminWhenTheSdkReadsItsUsers() {
        TestPartner partner = stack.partners().direct();
        String domain = CustomerBody.uniqueDomain();
        String customerId = gateway.as(partner.admin()).body(sdkCustomer(domain)).post("/v1/customers")
                .then().statusCode(201).extract().path("id");

        gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/users")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].userPrincipalName", equalTo("admin@" + domain))
                .body("items[0].state", equalTo("active"))
                .body("items[0].passwordProfile", nullValue())
                .body("items[0].attributes.objectType", equalTo("CustomerUser"));
    }

    @Test
    void shouldReplayTheCreationWithoutThePasswordWhenTheSdkRetriesWithTheSameRequestId() {
        TestPartner partner = stack.partners().direct();
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = sdkCustomer(CustomerBody.uniqueDomain());
        String first = gateway.as(partner.admin()).header("MS-RequestId", requestId).body(body)
                .post("/v1/customers").then().statusCode(201).extract().path("id");

        gateway.as(partner.admin()).header("MS-RequestId", requestId).body(body).post("/v1/customers")
                .then().statusCode(201)
                .body("id", equalTo(first))
                .body("userCredentials.userName", equalTo("admin"))
                .body("userCredentials.password", nullValue());
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerListsTheUsers() {
        String customerId = stack.customers().create(stack.partners().direct().admin(),
                CustomerBody.customer("Not Yours"));

        gateway.as(stack.partners().direct().admin()).get("/v1/customers/" + customerId + "/users")
                .then().statusCode(404);
    }

    /** The Java SDK's {@code Customer} as its Jackson writes it: camelCase, every unset property null. */
    private static Map<String, Object> sdkCustomer(String domain) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("country", "US");
        address.put("region", null);
        address.put("city", "Redmond");
        address.put("state", "WA");
        address.put("addressLine1", "One Microsoft Way");
        address.put("addressLine2", null);
        address.put("postalCode", "98052");
        address.put("firstName", "Tess");
        address.put("lastName", "Tester");
        address.put("phoneNumber", null);
        Map<String, Object> billing = new LinkedHashMap<>();
        billing.put("id", null);
        billing.put("firstName", "Tess");
        billing.put("lastName", "Tester");
        billing.put("email", "billing@sdk.example");
        billing.put("culture", "en-US");
        billing.put("language", "en");
        billing.put("companyName", "SDK Customer");
        billing.put("defaultAddress", address);
        billing.put("attributes", Map.of("objectType", "CustomerBillingProfile"));
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("tenantId", null);
        company.put("domain", domain);
        company.put("companyName", null);
        company.put("attributes", Map.of("objectType", "CustomerCompanyProfile"));
        Map<String, Object> customer = new HashMap<>();
        customer.put("id", null);
        customer.put("commerceId", null);
        customer.put("companyProfile", company);
        customer.put("billingProfile", billing);
        customer.put("relationshipToPartner", null);
        customer.put("allowDelegatedAccess", null);
        customer.put("userCredentials", null);
        customer.put("customDomains", null);
        customer.put("associatedPartnerId", null);
        customer.put("links", null);
        customer.put("attributes", Map.of("objectType", "Customer"));
        return customer;
    }
}
