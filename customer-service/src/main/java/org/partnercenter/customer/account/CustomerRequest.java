package org.partnercenter.customer.account;

import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.partnercenter.commons.input.Text;

/** {@code POST /v1/customers} as the docs send it (PascalCase, bound case-insensitively). */
public record CustomerRequest(@NotNull @Valid CompanyProfileRequest companyProfile,
        @NotNull @Valid BillingProfileRequest billingProfile, UUID associatedPartnerId) {

    public record CompanyProfileRequest(
            @NotNull @Text(NAME) @Pattern(regexp = Domains.PATTERN, message = Domains.MESSAGE) String domain) {
    }
}
