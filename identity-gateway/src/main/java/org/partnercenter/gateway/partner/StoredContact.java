package org.partnercenter.gateway.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.stream.Stream;

/** A profile's contact as stored, in its table's {@code contact_*} columns; all null is no contact. */
@Embeddable
public record StoredContact(
        @Column(name = "contact_first_name") String firstName,
        @Column(name = "contact_last_name") String lastName,
        @Column(name = "contact_email") String email,
        @Column(name = "contact_phone_number") String phoneNumber) {

    boolean isEmpty() {
        return Stream.of(firstName, lastName, email, phoneNumber).allMatch(part -> part == null);
    }
}
