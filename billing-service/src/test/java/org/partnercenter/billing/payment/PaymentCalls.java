package org.partnercenter.billing.payment;

import static org.partnercenter.billing.lineitem.BillingCallers.as;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.testing.StoredRows;

/** Payments recorded and read through the API, and the payment events the outbox holds. */
final class PaymentCalls {

    static final String PAYMENTS = "/v1/payments";

    private PaymentCalls() {
    }

    /** A payment body: the invoice, the amount and currency; add to it what a test needs. */
    static Map<String, Object> payment(String invoiceId, Object amount, String currencyCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invoiceId", invoiceId);
        body.put("amount", amount);
        body.put("currencyCode", currencyCode);
        return body;
    }

    /** The operator's POST, under a request id of its own. */
    static Response record(Map<String, Object> body) {
        return record(Closes.OPERATOR, body, UUID.randomUUID().toString());
    }

    static Response record(Caller caller, Map<String, Object> body, String requestId) {
        return as(caller).header("MS-RequestId", requestId).contentType("application/json").body(body)
                .post(PAYMENTS);
    }

    /** Records and expects 201: the payment, its amounts as plain text ({@link #read}). */
    static Map<String, Object> recorded(String invoiceId, String amount, String currencyCode) {
        return read(record(payment(invoiceId, amount, currencyCode)).then().statusCode(201).extract().response());
    }

    /** The invoice as {@code caller} reads it, its amounts as plain text ({@link #read}). */
    static Map<String, Object> invoice(Caller caller, String invoiceId) {
        return read(as(caller).get("/v1/invoices/" + invoiceId).then().statusCode(200).extract().response());
    }

    /**
     * A JSON object with its top-level numbers exact (whole ones too) and written plain, trailing zeros left out:
     * 121.00 is "121".
     */
    static Map<String, Object> read(Response answer) {
        Map<String, Object> read = new LinkedHashMap<>(answer.jsonPath(JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap(""));
        read.replaceAll((key, value) -> value instanceof Number number ? Decimals.plain(new BigDecimal(
                number.toString())) : value);
        return read;
    }

    /** How many events of this type about this subject the outbox holds (sent or not: the relay keeps them). */
    static long events(String type, String subject) {
        return StoredRows.count("select count(*) from outbox_event where payload::jsonb ->> 'type' = ?1 "
                + "and payload::jsonb ->> 'subject' = ?2", type, subject);
    }
}
