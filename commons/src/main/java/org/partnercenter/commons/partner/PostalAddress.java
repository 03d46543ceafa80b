package org.partnercenter.commons.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.stream.Stream;
import org.partnercenter.events.gateway.PartnerChanged;

/**
 * A partner's postal address as stored, in {@code address_*} columns of its table (the gateway's
 * {@code partner_organization} and every service's {@code partner}): the real API's {@code Address} lines. Every part
 * is optional; a partner without one has no address (Hibernate reads all-null columns as no address).
 */
@Embeddable
public record PostalAddress(
        @Column(name = "address_line1") String addressLine1,
        @Column(name = "address_line2") String addressLine2,
        @Column(name = "address_line3") String addressLine3,
        @Column(name = "address_city") String city,
        @Column(name = "address_state") String state,
        @Column(name = "address_postal_code") String postalCode,
        @Column(name = "address_region") String region,
        @Column(name = "address_country") String country) {

    /** What the partners topic carries; null for an empty address: the partner has none. */
    public static PostalAddress of(PartnerChanged.Address address) {
        PostalAddress stored = new PostalAddress(address.addressLine1(), address.addressLine2(),
                address.addressLine3(), address.city(), address.state(), address.postalCode(), address.region(),
                address.country());
        return stored.isEmpty() ? null : stored;
    }

    public PartnerChanged.Address toEvent() {
        return new PartnerChanged.Address(addressLine1, addressLine2, addressLine3, city, state, postalCode, region,
                country);
    }

    public boolean isEmpty() {
        return Stream.of(addressLine1, addressLine2, addressLine3, city, state, postalCode, region, country)
                .allMatch(part -> part == null || part.isBlank());
    }
}
