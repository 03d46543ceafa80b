package org.partnercenter.customer.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A billing profile as clients send it, on create and on PUT. Read-only fields a client echoes from a GET
 * ({@code id}, {@code links}) are ignored; {@code attributes.etag} stands in for a missing If-Match.
 */
public record BillingProfileRequest(
        @NotBlank @Size(max = 256) String companyName,
        @NotBlank @Email @Size(max = 256) String email,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a culture such as en-US")
        String culture,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be a language such as en") String language,
        @NotNull @Valid AddressRequest defaultAddress,
        ResourceAttributes attributes) {

    public record AddressRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(max = 256) String addressLine1,
            @Size(max = 256) String addressLine2,
            @NotBlank @Size(max = 128) String city,
            @Size(max = 128) String state,
            @NotBlank @Size(max = 32) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code such as US")
            String country,
            @Size(max = 32) String phoneNumber) {
    }

    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
