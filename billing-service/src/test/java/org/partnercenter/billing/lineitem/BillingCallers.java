package org.partnercenter.billing.lineitem;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.TestTokens;

/** Test data builders for billing's callers, and requests made as them with the gateway's internal token. */
public final class BillingCallers {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private BillingCallers() {
    }

    public static Caller operator() {
        return caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_ADMIN);
    }

    public static Caller caller(UUID tenantId, PartnerType type, String... roles) {
        return new Caller(tenantId, type, UUID.randomUUID().toString(), "user@partner.test", Set.of(roles), false);
    }

    public static RequestSpecification as(Caller caller) {
        return given().auth().oauth2(TestTokens.sign(caller)).accept("application/json");
    }
}
