package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.partner.PostalAddress;

/**
 * A partner's postal address on the wire, in and out: the real API's {@code Address} lines, each optional. What the
 * partner's documents (invoice statements) print under its name.
 */
public record PartnerAddress(
        @Text(NAME) String addressLine1,
        @Text(NAME) String addressLine2,
        @Text(NAME) String addressLine3,
        @Text(NAME) String city,
        @Text(NAME) String state,
        @Text(CODE) String postalCode,
        @Text(NAME) String region,
        @Text(CODE) @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter country code")
        String country) {

    static PartnerAddress of(PostalAddress stored) {
        return stored == null ? null : new PartnerAddress(stored.addressLine1(), stored.addressLine2(),
                stored.addressLine3(), stored.city(), stored.state(), stored.postalCode(), stored.region(),
                stored.country());
    }

    /** The organisation profile's {@code defaultAddress}: the registered one, in the partner's market if it names none. */
    static PartnerAddress profileOf(PartnerOrganization partner) {
        PostalAddress stored = partner.address == null
                ? new PostalAddress(null, null, null, null, null, null, null, null) : partner.address;
        return new PartnerAddress(stored.addressLine1(), stored.addressLine2(), stored.addressLine3(), stored.city(),
                stored.state(), stored.postalCode(), stored.region(),
                stored.country() == null ? partner.country : stored.country());
    }

    /** As stored: parts trimmed, blank parts left out, the country in capitals; null when nothing is left. */
    PostalAddress stored() {
        PostalAddress address = new PostalAddress(part(addressLine1), part(addressLine2), part(addressLine3),
                part(city), part(state), part(postalCode), part(region),
                country == null ? null : country.toUpperCase(Locale.ROOT));
        return address.isEmpty() ? null : address;
    }

    private static String part(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
