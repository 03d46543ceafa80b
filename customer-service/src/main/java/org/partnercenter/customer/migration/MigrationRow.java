package org.partnercenter.customer.migration;

import java.util.List;

/**
 * One customer to import, with the Azure offers to subscribe it to; {@code line} is where it stands in the
 * file (the CSV header is line 1; in JSON, the item's position counting from 1).
 */
public record MigrationRow(int line, String companyName, String domain, String email, String culture,
        String language, String firstName, String lastName, String addressLine1, String addressLine2, String city,
        String state, String postalCode, String country, String phoneNumber, String associatedPartnerId,
        List<String> offerIds) {

    /** The column names of the CSV header and the property names of a JSON item, in any case. */
    static final List<String> COLUMNS = List.of("companyName", "domain", "email", "culture", "language", "firstName",
            "lastName", "addressLine1", "addressLine2", "city", "state", "postalCode", "country", "phoneNumber",
            "associatedPartnerId", "offerIds");
}
