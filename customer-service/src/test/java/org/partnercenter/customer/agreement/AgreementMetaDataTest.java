package org.partnercenter.customer.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.AgreementBodies;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class AgreementMetaDataTest {

    @Test
    void shouldAnswerTheCustomerAgreementsMetadataWhenTheSdkAsksByType() {
        as(Callers.direct()).get("/v1/agreements?agreementType=MicrosoftCustomerAgreement")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].templateId", equalTo(AgreementBodies.MCA_TEMPLATE))
                .body("items[0].agreementType", equalTo("MicrosoftCustomerAgreement"))
                .body("items[0].agreementLink", containsString("customeragreement"))
                .body("items[0].versionRank", equalTo(0))
                .body("items[0].attributes.objectType", equalTo("AgreementMetaData"))
                .body("links.self.uri", equalTo("/agreements?agreementType=MicrosoftCustomerAgreement"));
    }

    @Test
    void shouldListEveryTemplateWhenTheTypeIsAStarOrAbsent() {
        for (String query : new String[] {"?agreementType=*", ""}) {
            as(Callers.direct()).get("/v1/agreements" + query).then().statusCode(200)
                    .body("totalCount", equalTo(1))
                    .body("items[0].agreementType", equalTo("MicrosoftCustomerAgreement"));
        }
    }

    @Test
    void shouldAnswerAnEmptyCollectionWhenTheTypeIsRealButHasNoTemplateHere() {
        as(Callers.direct()).get("/v1/agreements?agreementType=MicrosoftCloudAgreement").then().statusCode(200)
                .body("totalCount", equalTo(0));
    }

    @Test
    void shouldNameTheAcceptedTypesWhenTheTypeIsUnknown() {
        as(Callers.direct()).get("/v1/agreements?agreementType=MicrosoftPartnerAgreement")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("description", containsString("MicrosoftCustomerAgreement"))
                .body("data[0]", equalTo("agreementType"));
    }

    @Test
    void shouldRefuseTheRoleWhenABillingAdminReadsTheTemplates() {
        as(Callers.withRoles(Callers.direct(), Roles.BILLING_ADMIN)).get("/v1/agreements")
                .then().statusCode(403).body("code", equalTo(900150));
    }
}
