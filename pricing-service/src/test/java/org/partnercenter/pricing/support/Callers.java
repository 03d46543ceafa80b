package org.partnercenter.pricing.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.TestTokens;

/** Test data builders for callers, and requests made as them. */
public final class Callers {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Callers() {
    }

    public static Caller operator() {
        return partner(PartnerType.OPERATOR, Roles.OPERATOR_ADMIN);
    }

    /** A direct partner's user with a role that reads prices. */
    public static Caller reader() {
        return partner(PartnerType.DIRECT, Roles.SALES_AGENT);
    }

    public static Caller partner(PartnerType type, String... roles) {
        return new Caller(UUID.randomUUID(), type, UUID.randomUUID().toString(), "user@partner.test", Set.of(roles),
                false);
    }

    public static RequestSpecification as(Caller caller) {
        return given().auth().oauth2(TestTokens.sign(caller)).contentType("application/json");
    }
}
