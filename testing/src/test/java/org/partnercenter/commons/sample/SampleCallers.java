package org.partnercenter.commons.sample;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.TestTokens;

/** Test data builders: partners calling the sample application, and widget requests. */
public final class SampleCallers {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private SampleCallers() {
    }

    public static Caller newPartner() {
        return new Caller(UUID.randomUUID(), PartnerType.DIRECT, UUID.randomUUID().toString(), "admin@partner.test",
                Set.of(Roles.GLOBAL_ADMIN), false);
    }

    public static RequestSpecification as(Caller caller) {
        return given().auth().oauth2(TestTokens.sign(caller)).contentType("application/json");
    }

    public static WidgetRequest widget(String name) {
        return new WidgetRequest(name, 3);
    }
}
