package org.partnercenter.customer.agreement;

import java.time.Instant;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code Agreement} resource: an attestation of a customer's acceptance. */
public record AgreementView(ContactView primaryContact, String templateId, Instant dateAgreed, String type,
        String agreementLink, String userId, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Agreement";

    public record ContactView(String firstName, String lastName, String email, String phoneNumber) {
    }

    static AgreementView of(CustomerAgreement agreement) {
        return new AgreementView(new ContactView(agreement.firstName, agreement.lastName, agreement.email,
                agreement.phoneNumber), agreement.templateId, agreement.dateAgreed, agreement.agreementType.wireName(),
                agreement.agreementLink, agreement.userId, ResourceAttributes.of(OBJECT_TYPE));
    }
}
