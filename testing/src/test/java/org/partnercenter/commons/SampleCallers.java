package org.partnercenter.commons;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.sample.WidgetRequest;
import org.partnercenter.testing.TestTokens;

/** Test data builders: partners calling the sample application, and widget requests. */
final class SampleCallers {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private SampleCallers() {
    }

    static Caller newPartner() {
        return new Caller(UUID.randomUUID(), PartnerType.DIRECT, UUID.randomUUID().toString(), "admin@partner.test",
                Set.of(Roles.GLOBAL_ADMIN), false);
    }

    static RequestSpecification as(Caller caller) {
        return given().auth().oauth2(TestTokens.sign(caller)).contentType("application/json");
    }

    static WidgetRequest widget(String name) {
        return new WidgetRequest(name, 3);
    }
}
