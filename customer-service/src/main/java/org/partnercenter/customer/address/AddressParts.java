package org.partnercenter.customer.address;

/**
 * The parts of a postal address that the country rules speak about, whichever request carried them (a customer's
 * default address, a billing profile's, an address sent for validation). Blank parts may be null.
 */
public record AddressParts(String country, String state, String city, String postalCode, String addressLine1,
        String phoneNumber) {
}
