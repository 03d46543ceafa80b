package org.partnercenter.customer.support;

import static org.partnercenter.customer.support.Callers.as;

import io.restassured.path.json.JsonPath;

/** Posts usage as the operator. */
public final class Usage {

    private Usage() {
    }

    public static JsonPath post(UsageBodies batch) {
        return as(Callers.operator()).body(batch.build()).post("/v1/usagerecords/batches")
                .then().statusCode(200).extract().jsonPath();
    }
}
