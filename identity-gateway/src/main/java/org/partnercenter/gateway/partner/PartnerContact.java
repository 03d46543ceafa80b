package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.partnercenter.commons.input.Text;

/** A person on a partner profile, in and out: the real API's {@code Contact}, each part optional. */
public record PartnerContact(
        @Text(NAME) String firstName,
        @Text(NAME) String lastName,
        @Email @Text(PRINCIPAL_NAME) String email,
        @Text(CODE) @Pattern(regexp = PartnerContact.TELEPHONE, message = PartnerContact.TELEPHONE_MESSAGE)
        String phoneNumber) {

    /** Digits with the usual separators, an optional leading +; empty is no number (the docs' examples send ""). */
    static final String TELEPHONE = "(\\+?[0-9][0-9 ()./-]{0,39})?";
    static final String TELEPHONE_MESSAGE = "must be a telephone number such as +1 425 555 0100";

    static PartnerContact of(StoredContact stored) {
        return stored == null ? null
                : new PartnerContact(stored.firstName(), stored.lastName(), stored.email(), stored.phoneNumber());
    }

    /** As stored: parts trimmed, blank parts left out; null when nothing is left. */
    StoredContact stored() {
        StoredContact contact = new StoredContact(ProfileText.part(firstName), ProfileText.part(lastName),
                ProfileText.part(email), ProfileText.part(phoneNumber));
        return contact.isEmpty() ? null : contact;
    }
}
