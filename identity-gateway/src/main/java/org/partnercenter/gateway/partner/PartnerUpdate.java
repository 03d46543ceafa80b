package org.partnercenter.gateway.partner;

import jakarta.validation.constraints.Pattern;

/** {@code PATCH /v1/partners/{id}}: only the fields sent change; the type and tenant never do. */
public record PartnerUpdate(
        String name,
        String mpnId,
        Boolean requireMfa,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter country code") String country,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 three-letter currency code") String currency) {
}
