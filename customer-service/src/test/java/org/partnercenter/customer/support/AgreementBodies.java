package org.partnercenter.customer.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code POST /v1/customers/{id}/agreements} bodies in the docs' camelCase shape. */
public final class AgreementBodies {

    /** The Microsoft Customer Agreement's template id in this service's reference data. */
    public static final String MCA_TEMPLATE = "117a77b0-9360-443b-8795-c6dedc750cf9";

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> contact = new LinkedHashMap<>();

    private AgreementBodies() {
        contact.put("firstName", "Tania");
        contact.put("lastName", "Carr");
        contact.put("email", "tania.carr@customer.example");
        contact.put("phoneNumber", "1234567890");
        body.put("primaryContact", contact);
        body.put("templateId", MCA_TEMPLATE);
        body.put("dateAgreed", "2026-07-01T17:47:29.096Z");
        body.put("type", "MicrosoftCustomerAgreement");
    }

    /** The customer's acceptance of the Microsoft Customer Agreement, as the docs' example attests it. */
    public static AgreementBodies customerAgreement() {
        return new AgreementBodies();
    }

    public AgreementBodies contact(String field, Object value) {
        contact.put(field, value);
        return this;
    }

    public AgreementBodies dateAgreed(Instant when) {
        return set("dateAgreed", when.toString());
    }

    public AgreementBodies set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
