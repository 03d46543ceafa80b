package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.partnercenter.commons.input.Text;

/**
 * {@code PATCH /v1/partners/{id}}: only the fields sent change; the type and tenant never do. An address sent replaces
 * the whole address (its parts left out are gone).
 */
public record PartnerUpdate(
        @Text(NAME) String name,
        @Text(NAME) String mpnId,
        Boolean requireMfa,
        @Text(CODE) @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter country code")
        String country,
        @Text(CODE) @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 three-letter currency code")
        String currency,
        @Valid PartnerAddress address) {
}
