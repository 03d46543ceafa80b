package org.partnercenter.customer.support;

import static org.partnercenter.customer.support.Callers.as;

import io.restassured.path.json.JsonPath;
import org.partnercenter.commons.caller.Caller;

/** Creates customers through the API, as a partner integration would. */
public final class Customers {

    private Customers() {
    }

    public static JsonPath create(Caller caller, CustomerBodies body) {
        return as(caller).body(body.build()).post("/v1/customers")
                .then().statusCode(201).extract().jsonPath();
    }

    public static String createId(Caller caller) {
        return create(caller, CustomerBodies.customer()).getString("id");
    }

    public static String createId(Caller caller, String companyName) {
        return create(caller, CustomerBodies.customer().companyName(companyName)).getString("id");
    }
}
