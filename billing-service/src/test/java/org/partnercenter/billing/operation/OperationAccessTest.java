package org.partnercenter.billing.operation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.operation.OperationReadsTest.PATH;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

/** Only the caller that started an operation reads it; to anyone else it does not exist. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class OperationAccessTest {

    @Inject
    Operations operations;

    private final UUID partner = UUID.randomUUID();
    private final Caller globalAdmin = caller(partner, PartnerType.INDIRECT_PROVIDER, Roles.GLOBAL_ADMIN);
    private final Caller operator = caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_ADMIN);

    private String startedBy(Caller caller) {
        return operations.start(OperationKind.BILLING_PERIOD_CLOSE, caller, Map.of()).id.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.BILLING_ADMIN})
    void shouldAnswerAnyInvoiceReaderOfThePartnerWhenItsPartnerStartedTheOperation(String role) {
        String id = startedBy(globalAdmin);
        as(caller(partner, PartnerType.INDIRECT_PROVIDER, role)).get(PATH + id).then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void shouldAnswerTheOperatorWhenTheOperatorStartedTheOperation() {
        String id = startedBy(operator);
        as(caller(operator.partnerTenantId(), PartnerType.OPERATOR, Roles.OPERATOR_ADMIN)).get(PATH + id).then()
                .statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldAnswer404WhenAnotherPartnerAsks() {
        assertNotFound(caller(UUID.randomUUID(), PartnerType.DIRECT, Roles.GLOBAL_ADMIN), startedBy(globalAdmin));
    }

    @Test
    void shouldAnswer404WhenAResellerOfThePartnerAsks() {
        assertNotFound(caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN),
                startedBy(globalAdmin));
    }

    @Test
    void shouldAnswer404WhenAPartnerAsksForTheOperatorsOperation() {
        String id = startedBy(operator);
        assertNotFound(globalAdmin, id);
        // even a partner that somehow shared the operator's tenant id: the operator flag is part of the owner
        assertNotFound(caller(operator.partnerTenantId(), PartnerType.DIRECT, Roles.GLOBAL_ADMIN), id);
    }

    @Test
    void shouldAnswer404WhenTheOperatorAsksForAPartnersOperation() {
        assertNotFound(operator, startedBy(globalAdmin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-guid", "00000000-0000-0000-0000-000000000000", "1", "%20"})
    void shouldAnswer404WhenTheIdIsMalformedOrUnknown(String id) {
        assertNotFound(globalAdmin, id);
    }

    @Test
    void shouldRefuseWithTheRoleCodeWhenTheRoleHasNoInvoiceRights() {
        String id = startedBy(globalAdmin);
        as(caller(partner, PartnerType.INDIRECT_PROVIDER, Roles.SALES_AGENT)).get(PATH + id).then()
                .statusCode(403).body("code", equalTo(900150));
    }

    @Test
    void shouldAnswer401WhenNoTokenIsSent() {
        io.restassured.RestAssured.given().get(PATH + startedBy(globalAdmin)).then().statusCode(401);
    }

    private static void assertNotFound(Caller caller, String id) {
        as(caller).urlEncodingEnabled(false).get(PATH + id).then().statusCode(404)
                .body("code", equalTo(404))
                .body("description", containsString("No operation"))
                .body("source", equalTo("billing-service"));
    }
}
