package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.GUID;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.input.Text;

/** {@code POST /v1/partners}: what the operator says about a new partner organisation. */
public record PartnerRegistration(
        @NotNull UUID tenantId,
        @NotBlank @Text(NAME) String name,
        @NotNull PartnerType partnerType,
        @NotNull @Valid GlobalAdmin globalAdmin,
        UUID providerTenantId,
        @Text(NAME) String mpnId,
        Boolean requireMfa,
        @Text(CODE) @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter country code")
        String country,
        @Text(CODE) @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 three-letter currency code")
        String currency,
        @Valid PartnerAddress address) {

    /** The first user of the organisation, who receives the global admin role. */
    public record GlobalAdmin(@NotBlank @Text(GUID) String objectId,
            @NotBlank @Text(PRINCIPAL_NAME) String userPrincipalName) {
    }
}
