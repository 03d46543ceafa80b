package org.partnercenter.customer.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.AgreementBodies.customerAgreement;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.OrderBodies;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Orders as production takes them: only for a customer whose Microsoft Customer Agreement was attested. */
@QuarkusTest
@TestProfile(OrderAgreementRequiredTest.AgreementRequired.class)
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class OrderAgreementRequiredTest {

    /** What {@code %prod} sets; tests and the local stack run without it. */
    public static class AgreementRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partner-center.customer-service.orders.require-agreement", "true");
        }
    }

    @Test
    void shouldRefuseAndSayWhatToDoWhenTheCustomerHasNoAcceptedAgreement() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).body(OrderBodies.azurePlan(customer).build()).post("/v1/customers/" + customer + "/orders")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("description", containsString("POST /v1/customers/" + customer + "/agreements"))
                .body("data[0]", containsString("MicrosoftCustomerAgreement"));

        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void shouldPlaceTheOrderWhenThePartnerAttestedTheAgreementFirst() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        as(partner).body(customerAgreement().build()).post("/v1/customers/" + customer + "/agreements")
                .then().statusCode(201);

        as(partner).body(OrderBodies.azurePlan(customer).build()).post("/v1/customers/" + customer + "/orders")
                .then().statusCode(201);

        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    private static long ordersOf(String customer) {
        return StoredRows.count("select count(*) from customer_order where customer_id = ?1",
                UUID.fromString(customer));
    }
}
