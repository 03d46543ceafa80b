package org.partnercenter.customer.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partnercenter.customer.support.AgreementBodies.customerAgreement;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.AgreementBodies;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.OrderBodies;
import org.partnercenter.customer.support.PartnerEvents;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerAgreementTest {

    @Test
    void shouldStoreAndListTheAttestationInTheRealShapeWhenThePartnerConfirmsTheCustomersAcceptance() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201)
                .body("primaryContact.firstName", equalTo("Tania"))
                .body("primaryContact.lastName", equalTo("Carr"))
                .body("primaryContact.email", equalTo("tania.carr@customer.example"))
                .body("primaryContact.phoneNumber", equalTo("1234567890"))
                .body("templateId", equalTo(AgreementBodies.MCA_TEMPLATE))
                .body("dateAgreed", equalTo("2026-07-01T17:47:29.096Z"))
                .body("type", equalTo("MicrosoftCustomerAgreement"))
                .body("agreementLink", containsString("customeragreement"))
                .body("attributes.objectType", equalTo("Agreement"));

        as(partner).get("/v1/customers/" + customer + "/agreements?agreementType=MicrosoftCustomerAgreement")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].templateId", equalTo(AgreementBodies.MCA_TEMPLATE))
                .body("items[0].primaryContact.email", equalTo("tania.carr@customer.example"));
        as(partner).get("/v1/customers/" + customer + "/agreements?agreementType=*").then().statusCode(200)
                .body("totalCount", equalTo(1));
    }

    @Test
    void shouldAnswerOnlyCloudAgreementsWhenNoTypeIsAskedAsTheRealApiDoes() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        as(partner).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201);

        as(partner).get("/v1/customers/" + customer + "/agreements").then().statusCode(200)
                .body("totalCount", equalTo(0));
    }

    @Test
    void shouldKeepTheUserIdWhenTheSdkSendsTheConfirmingUser() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        String userId = UUID.randomUUID().toString();

        as(partner).body(customerAgreement().set("userId", userId).set("agreementLink", "https://ignored.example")
                        .build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201)
                .body("userId", equalTo(userId))
                .body("agreementLink", containsString("microsoft.com"));
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothingWhenTheAttestationIsInvalid() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).body(customerAgreement().contact("firstName", " ").contact("email", "not mail").build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(400)
                .body("data", hasItem(containsString("primaryContact.firstName")))
                .body("data", hasItem(containsString("primaryContact.email")));
        as(partner).body(customerAgreement().set("templateId", UUID.randomUUID().toString()).build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(400)
                .body("data[0]", containsString("templateId"))
                .body("description", containsString("GET /v1/agreements"));
        as(partner).body(customerAgreement().dateAgreed(Instant.now().plus(Duration.ofDays(1))).build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(400)
                .body("data[0]", containsString("dateAgreed"));
        as(partner).body(customerAgreement().set("type", "MicrosoftCloudAgreement").build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(400)
                .body("data[0]", containsString("type"));
        as(partner).body(customerAgreement().set("dateAgreed", null).build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(400)
                .body("data[0]", containsString("dateAgreed"));

        assertThat(agreementsOf(customer)).isZero();
    }

    @Test
    void shouldAnswerBadRequestWhenTheListAsksForAnUnknownType() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).get("/v1/customers/" + customer + "/agreements?agreementType=Nda")
                .then().statusCode(400).body("data[0]", equalTo("agreementType"));
    }

    @Test
    void shouldRefuseTheRoleWhenAHelpdeskAgentAttests() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(Callers.withRoles(partner, Roles.HELPDESK_AGENT)).body(customerAgreement().build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(403).body("code", equalTo(900150));
        as(Callers.withRoles(partner, Roles.BILLING_ADMIN)).get("/v1/customers/" + customer + "/agreements")
                .then().statusCode(403).body("code", equalTo(900150));
        as(Callers.withRoles(partner, Roles.HELPDESK_AGENT)).get("/v1/customers/" + customer + "/agreements")
                .then().statusCode(200);

        assertThat(agreementsOf(customer)).isZero();
    }

    @Test
    void shouldAnswerNotFoundAndStoreNothingWhenTheCustomerIsAnotherPartners() {
        String customer = Customers.createId(Callers.direct());
        Caller stranger = Callers.direct();

        as(stranger).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(404);
        as(stranger).get("/v1/customers/" + customer + "/agreements?agreementType=*").then().statusCode(404);

        assertThat(agreementsOf(customer)).isZero();
    }

    @Test
    void shouldLetTheResellerAndItsProviderAttestWhenTheResellersCustomerIsTheirs() {
        Caller provider = Callers.provider();
        Caller reseller = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, reseller.partnerTenantId());
        String customer = Customers.createId(reseller, "Reseller's Agreeing Customer");

        as(reseller).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201);
        as(provider).get("/v1/customers/" + customer + "/agreements?agreementType=*").then().statusCode(200)
                .body("totalCount", equalTo(1));
    }

    @Test
    void shouldStoreOnceWhenTheRequestIdRepeats() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        String requestId = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            as(partner).header("MS-RequestId", requestId).body(customerAgreement().build())
                    .post("/v1/customers/" + customer + "/agreements")
                    .then().statusCode(201).body("templateId", equalTo(AgreementBodies.MCA_TEMPLATE));
        }

        assertThat(agreementsOf(customer)).isEqualTo(1);
    }

    @Test
    void shouldAnswerTheRealConflictWhenTheSameContactAttestsAgainWithANewRequest() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        as(partner).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201);

        as(partner).body(customerAgreement().contact("email", "TANIA.CARR@customer.example").build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(409).body("code", equalTo(600061));
        as(partner).body(customerAgreement().contact("phoneNumber", "+1 425 555 0100").build())
                .post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201);

        assertThat(agreementsOf(customer)).isEqualTo(2);
    }

    @Test
    void shouldPlaceAnOrderWithoutAnAgreementWhenOrdersDoNotRequireOne() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).body(OrderBodies.azurePlan(customer).build()).post("/v1/customers/" + customer + "/orders")
                .then().statusCode(201);
    }

    @Test
    void shouldDeleteTheAttestationsWithTheCustomerWhenACustomerWithoutOrdersIsDeleted() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        as(partner).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201);

        as(partner).delete("/v1/customers/" + customer).then().statusCode(204);

        assertThat(agreementsOf(customer)).isZero();
    }

    private static long agreementsOf(String customer) {
        return StoredRows.count("select count(*) from customer_agreement where customer_id = ?1",
                UUID.fromString(customer));
    }
}
