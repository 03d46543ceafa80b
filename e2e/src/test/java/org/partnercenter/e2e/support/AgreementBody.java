package org.partnercenter.e2e.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a {@code POST /v1/customers/{id}/agreements} body: the customer's acceptance of the Microsoft Customer
 * Agreement, as the docs attest it. Each body names a contact of its own, so that no two of the suite's
 * attestations for one customer are the same one again (409/600061).
 */
public final class AgreementBody {

    /** The Microsoft Customer Agreement's template id, as customer-service's reference data and the real API list it. */
    public static final String MCA_TEMPLATE = "117a77b0-9360-443b-8795-c6dedc750cf9";
    public static final String MCA = "MicrosoftCustomerAgreement";

    private AgreementBody() {
    }

    /** A valid attestation, agreed an hour ago, by a contact made up for this body. */
    public static Map<String, Object> mca() {
        return mca(MCA_TEMPLATE, "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example");
    }

    public static Map<String, Object> mca(String templateId, String email) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("firstName", "Tania");
        contact.put("lastName", "Carr");
        contact.put("email", email);
        contact.put("phoneNumber", "1234567890");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("primaryContact", contact);
        body.put("templateId", templateId);
        body.put("dateAgreed", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("type", MCA);
        return body;
    }
}
