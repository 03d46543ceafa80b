package org.partnercenter.pricing.support;

import static org.partnercenter.pricing.support.Callers.as;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Publishes price lists and exchange rates as the operator, expecting success. */
public final class PriceLists {

    private PriceLists() {
    }

    public static JsonPath publish(PriceListBodies list) {
        return as(Callers.operator()).body(list.build()).post("/v1/pricelists")
                .then().statusCode(201).extract().jsonPath();
    }

    public static String publishId(PriceListBodies list) {
        return publish(list).getString("id");
    }

    public static JsonPath publishRates(Instant effectiveDate, String currency, String rate) {
        return as(Callers.operator()).body(Map.of("effectiveDate", effectiveDate.toString(), "base", "USD",
                        "rates", Map.of(currency, new BigDecimal(rate))))
                .post("/v1/exchangerates").then().statusCode(201).extract().jsonPath();
    }
}
