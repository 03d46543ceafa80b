package org.partnercenter.customer.address;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.input.Text;

/**
 * The real API's {@code Address}, as {@code POST /v1/validations/address} takes it and its answer echoes it. Only the
 * country is required of its form here: what else an address needs is its country's rules' to say ({@link AddressRules}),
 * and the answer says it, rather than a 400.
 */
public record Address(
        @NotBlank @Text(CODE) @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code such as US")
        String country,
        @Text(NAME) @Size(max = 128) String region,
        @Text(NAME) @Size(max = 128) String city,
        @Text(NAME) @Size(max = 128) String state,
        @Text(NAME) String addressLine1,
        @Text(NAME) String addressLine2,
        @Text(NAME) String addressLine3,
        @Text(CODE) @Size(max = 32) String postalCode,
        @Text(NAME) @Size(max = 100) String firstName,
        @Text(NAME) @Size(max = 100) String middleName,
        @Text(NAME) @Size(max = 100) String lastName,
        @Text(CODE) @Size(max = 32) String phoneNumber) {

    AddressParts parts() {
        return new AddressParts(country, state, city, postalCode, addressLine1, phoneNumber);
    }

    /** This address spelled as the rules spell it; the parts the rules do not read stay as they were. */
    Address with(AddressParts canonical) {
        return new Address(canonical.country(), region, canonical.city(), canonical.state(), canonical.addressLine1(),
                addressLine2, addressLine3, canonical.postalCode(), firstName, middleName, lastName,
                canonical.phoneNumber());
    }
}
