package org.partnercenter.customer.account;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.customer.address.AddressParts;
import org.partnercenter.customer.address.AddressRules;

/**
 * A billing profile as clients send it, on create and on PUT. Read-only fields a client echoes from a GET
 * ({@code id}, {@code links}) are ignored; {@code attributes.etag} stands in for a missing If-Match.
 * {@code firstName} and {@code lastName} are the profile's own contact, as the real {@code CustomerBillingProfile}
 * has them beside its address's; the docs' examples leave them out, and then the address's names stand in.
 */
public record BillingProfileRequest(
        @NotBlank @Text(NAME) String companyName,
        @Text(NAME) @Size(max = 100) String firstName,
        @Text(NAME) @Size(max = 100) String lastName,
        @NotBlank @Email @Text(PRINCIPAL_NAME) @Size(max = 256) String email,
        @NotBlank @Text(CODE) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a culture such as en-US")
        String culture,
        @NotBlank @Text(CODE) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be a language such as en") String language,
        @NotNull @Valid AddressRequest defaultAddress,
        @Valid ResourceAttributes attributes) {

    public record AddressRequest(
            @NotBlank @Text(NAME) @Size(max = 100) String firstName,
            @NotBlank @Text(NAME) @Size(max = 100) String lastName,
            @NotBlank @Text(NAME) String addressLine1,
            @Text(NAME) String addressLine2,
            @NotBlank @Text(NAME) @Size(max = 128) String city,
            @Text(NAME) @Size(max = 128) String state,
            @NotBlank @Text(CODE) @Size(max = 32) String postalCode,
            @NotBlank @Text(CODE) @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code such as US")
            String country,
            @Text(CODE) @Size(max = 32) String phoneNumber) {

        AddressParts parts() {
            return new AddressParts(country, state, city, postalCode, addressLine1, phoneNumber);
        }

        /** This address spelled as its country's rules spell it (the parts they do not read stay as sent). */
        AddressRequest with(AddressParts canonical) {
            return new AddressRequest(firstName, lastName, canonical.addressLine1(), addressLine2, canonical.city(),
                    canonical.state(), canonical.postalCode(), canonical.country(), canonical.phoneNumber());
        }
    }

    /** This profile with its default address checked against its country's rules: 400 naming the fields if not. */
    BillingProfileRequest withRuledAddress(AddressRules rules, String fieldPrefix) {
        AddressRequest ruled = defaultAddress.with(rules.requireValid(defaultAddress.parts(),
                fieldPrefix + "defaultAddress."));
        return new BillingProfileRequest(companyName, firstName, lastName, email, culture, language, ruled,
                attributes);
    }

    /** The profile's contact first name: its own when sent, the default address's otherwise. */
    String contactFirstName() {
        return firstName == null || firstName.isBlank() ? defaultAddress.firstName().trim() : firstName.trim();
    }

    String contactLastName() {
        return lastName == null || lastName.isBlank() ? defaultAddress.lastName().trim() : lastName.trim();
    }

    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
