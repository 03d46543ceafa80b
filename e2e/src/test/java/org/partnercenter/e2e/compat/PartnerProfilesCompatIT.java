package org.partnercenter.e2e.compat;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * The partner's own profiles and its reseller invitation as the SDKs call them, through the gateway:
 * {@code partnerOperations.Profiles.LegalBusinessProfile.Get()} then {@code .Update(profile)} (likewise
 * {@code .BillingProfile} and {@code .SupportProfile}), and {@code Customers.RelationshipRequest.Get()}. The SDKs
 * send no If-Match on these updates: the etag travels in the profile's {@code attributes}, as they read it.
 */
@EndToEnd
class PartnerProfilesCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    PartnerProfilesCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldStoreTheLegalBusinessProfileWhenTheSdkUpdatesTheOneItRead() {
        TestPartner partner = stack.partners().direct();
        // Get() sends the SDK's default vetting version
        Map<String, Object> profile = read(partner.admin(), "/v1/profiles/legalbusiness?vettingVersion=Current");
        String etag = etagOf(profile);
        profile.put("companyName", "Sdk Legal Name Ltd");
        profile.put("companyApproverEmail", "approver@sdk-legal.example");
        profile.put("primaryContact", contact("legal@sdk-legal.example"));

        sdk(partner.admin()).body(profile).put("/v1/profiles/legalbusiness").then().statusCode(200)
                .body("companyName", equalTo("Sdk Legal Name Ltd"))
                .body("attributes.etag", not(equalTo(etag)));

        sdk(partner.admin()).get("/v1/profiles/legalbusiness").then().statusCode(200)
                .body("companyApproverEmail", equalTo("approver@sdk-legal.example"))
                .body("primaryContact.email", equalTo("legal@sdk-legal.example"))
                .body("vettingStatus", equalTo("authorized"))
                .body("attributes.objectType", equalTo("LegalBusinessProfile"));
    }

    @Test
    void shouldStoreTheBillingProfileWhenTheSdkUpdatesTheOneItReadWithItsBillingDay() {
        TestPartner partner = stack.partners().direct();
        Map<String, Object> profile = read(partner.admin(), "/v1/profiles/billing");
        profile.put("purchaseOrderNumber", "PO-SDK-1");
        profile.put("taxId", "US-123456789");
        // The Java SDK's BillingProfile holds billingDay as an int: it always sends one.
        profile.put("billingDay", 0);

        sdk(partner.admin()).body(profile).put("/v1/profiles/billing").then().statusCode(200)
                .body("purchaseOrderNumber", equalTo("PO-SDK-1"))
                .body("billingCurrency", equalTo(profile.get("billingCurrency")));

        sdk(partner.admin()).get("/v1/profiles/billing").then().statusCode(200)
                .body("taxId", equalTo("US-123456789"))
                .body("attributes.objectType", equalTo("BillingProfile"));
    }

    @Test
    void shouldStoreTheSupportProfileWhenTheSdkUpdatesTheOneItRead() {
        TestPartner partner = stack.partners().direct();
        Map<String, Object> profile = read(partner.admin(), "/v1/profiles/support");
        profile.put("email", "support@sdk-support.example");
        profile.put("telephone", "+1 425 555 0100");
        profile.put("website", "https://support.sdk-support.example");

        sdk(partner.admin()).body(profile).put("/v1/profiles/support").then().statusCode(200)
                .body("email", equalTo("support@sdk-support.example"));

        sdk(partner.admin()).get("/v1/profiles/support").then().statusCode(200)
                .body("website", equalTo("https://support.sdk-support.example"))
                .body("attributes.objectType", equalTo("SupportProfile"));
    }

    @Test
    void shouldRefuseAProfileUpdateWhenASalesAgentSendsIt() {
        TestPartner partner = stack.partners().direct();
        TestUser agent = stack.partners().addUser(partner, "profile-agent", Roles.SALES_AGENT);
        Map<String, Object> profile = read(agent, "/v1/profiles/support");

        sdk(agent).body(profile).put("/v1/profiles/support").then().statusCode(403);
    }

    @Test
    void shouldAnswerTheInvitationLinkWhenTheSdkReadsTheRelationshipRequest() {
        TestPartner provider = stack.partners().indirectProvider();
        TestPartner reseller = stack.partners().resellerOf(provider);

        sdk(provider.admin()).get("/v1/customers/relationshiprequests").then().statusCode(200)
                .body("url", startsWith("http"))
                .body("attributes.objectType", equalTo("RelationshipRequest"));
        sdk(provider.admin()).queryParam("indirectResellerId", reseller.tenantId())
                .get("/v1/customers/relationshiprequests").then().statusCode(200)
                .body("url", equalTo(sdk(reseller.admin()).get("/v1/customers/relationshiprequests")
                        .then().statusCode(200).extract().path("url")));
        sdk(stack.partners().indirectProvider().admin()).queryParam("indirectResellerId", reseller.tenantId())
                .get("/v1/customers/relationshiprequests").then().statusCode(404);
    }

    private Map<String, Object> read(TestUser user, String path) {
        return new LinkedHashMap<>(sdk(user).get(path).then().statusCode(200).extract().jsonPath().getMap(""));
    }

    @SuppressWarnings("unchecked")
    private static String etagOf(Map<String, Object> profile) {
        return (String) ((Map<String, Object>) profile.get("attributes")).get("etag");
    }

    /** The SDKs' Contact. */
    private static Map<String, Object> contact(String email) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("firstName", "Sam");
        contact.put("lastName", "Sdk");
        contact.put("email", email);
        contact.put("phoneNumber", "4255550100");
        return contact;
    }

    /** The headers the SDKs set on every request, with a new request id per call, as they do. */
    private RequestSpecification sdk(TestUser user) {
        return gateway.as(user)
                .contentType("application/json; charset=utf-8")
                .accept("application/json")
                .header("MS-Contract-Version", "v1")
                .header("MS-CorrelationId", UUID.randomUUID().toString())
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("X-Locale", "en-US");
    }
}
