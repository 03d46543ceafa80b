package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.AgreementBody;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;

/**
 * The Microsoft Customer Agreement attestation as the SDKs' samples make it: the template from
 * {@code partnerOperations.AgreementDetails.ByAgreementType("MicrosoftCustomerAgreement").Get().Items.Single()}, then
 * {@code Customers.ById(id).Agreements.Create(agreement)} with it, read back with
 * {@code Customers.ById(id).Agreements.ByAgreementType("MicrosoftCustomerAgreement").Get()}.
 */
@EndToEnd
class AgreementsCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    AgreementsCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAnswerOneTemplateWhenTheSdkReadsTheCustomerAgreementsDetails() {
        TestPartner partner = stack.partners().direct();

        gateway.as(partner.admin()).get("/v1/agreements?agreementType=" + AgreementBody.MCA)
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].templateId", equalTo(AgreementBody.MCA_TEMPLATE))
                .body("items[0].agreementType", equalTo(AgreementBody.MCA))
                .body("items[0].agreementLink", startsWith("https://"))
                .body("items[0].versionRank", notNullValue());
    }

    @Test
    void shouldStoreAndListTheAttestationWhenTheSdkCreatesItWithTheTemplateItRead() {
        TestPartner partner = stack.partners().direct();
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Agreeing Customer"));
        String templateId = gateway.as(partner.admin()).get("/v1/agreements?agreementType=" + AgreementBody.MCA)
                .then().statusCode(200).extract().path("items[0].templateId");

        gateway.as(partner.admin()).header("MS-RequestId", UUID.randomUUID().toString())
                .body(sdkAgreement(templateId)).post("/v1/customers/" + customerId + "/agreements")
                .then().statusCode(201)
                .body("templateId", equalTo(templateId))
                .body("type", equalTo(AgreementBody.MCA))
                .body("dateAgreed", startsWith("2026-12-01T09:30:00.123"))
                .body("primaryContact.email", equalTo("first.last@outlook.com"))
                .body("agreementLink", startsWith("https://"));

        JsonPath listed = gateway.as(partner.admin())
                .get("/v1/customers/" + customerId + "/agreements?agreementType=" + AgreementBody.MCA)
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getInt("totalCount")).isEqualTo(1);
        assertThat(listed.getString("items[0].primaryContact.firstName")).isEqualTo("First");
        assertThat(listed.getString("items[0].userId")).isNull();
    }

    @Test
    void shouldStoreOnceWhenTheSdkRetriesTheCreationWithTheSameRequestId() {
        TestPartner partner = stack.partners().direct();
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Retrying Customer"));
        String requestId = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            gateway.as(partner.admin()).header("MS-RequestId", requestId)
                    .body(sdkAgreement(AgreementBody.MCA_TEMPLATE)).post("/v1/customers/" + customerId + "/agreements")
                    .then().statusCode(201);
        }

        gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/agreements?agreementType=*")
                .then().statusCode(200).body("totalCount", equalTo(1));
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerAttestsForTheCustomer() {
        String customerId = stack.customers().create(stack.partners().direct().admin(),
                CustomerBody.customer("Not Yours To Attest"));

        gateway.as(stack.partners().direct().admin()).body(AgreementBody.mca())
                .post("/v1/customers/" + customerId + "/agreements").then().statusCode(404);
    }

    /**
     * The .NET SDK sample's {@code Agreement} as its serializer writes it: camelCase, {@code DateTime.UtcNow} with
     * seven fractional digits, the unset {@code userId} and {@code agreementLink} as nulls.
     */
    private static Map<String, Object> sdkAgreement(String templateId) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("firstName", "First");
        contact.put("lastName", "Last");
        contact.put("email", "first.last@outlook.com");
        contact.put("phoneNumber", "4123456789");
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("userId", null);
        agreement.put("primaryContact", contact);
        agreement.put("templateId", templateId);
        agreement.put("dateAgreed", "2026-12-01T09:30:00.1234567Z");
        agreement.put("type", AgreementBody.MCA);
        agreement.put("agreementLink", null);
        return agreement;
    }
}
