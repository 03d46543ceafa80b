package org.partnercenter.e2e.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meters of the price-list version in force at an instant, in the price list's own shape (the rate card's,
 * without extras): a test that adds a meter of its own publishes them with it, as an operator adds one, so that the
 * usage of other tests (and of the demo) keeps its prices.
 */
public final class PricesInForce {

    private static final List<String> PRICE_LIST_FIELDS = List.of("id", "name", "rates", "tags", "category",
            "subcategory", "region", "unit", "includedQuantity", "effectiveDate");

    private PricesInForce() {
    }

    /** None when no price list is in force then (the rate card is then 404). */
    public static List<Map<String, Object>> meters(Gateway gateway, TestUser operator, Instant at) {
        var rateCard = gateway.as(operator).get("/v1/ratecards/azure?currency=USD&region=US&asOf=" + at);
        if (rateCard.statusCode() == 404) {
            return List.of();
        }
        List<Map<String, Object>> meters = rateCard.then().statusCode(200).extract().jsonPath().getList("meters");
        return meters.stream().map(meter -> {
            Map<String, Object> copy = new LinkedHashMap<>(meter);
            copy.keySet().retainAll(PRICE_LIST_FIELDS);
            return copy;
        }).toList();
    }
}
