package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * {@code PUT /v1/profiles/billing}: the whole profile; parts left out are removed. {@code billingCurrency} is the
 * partner's invoicing currency, which only the operator changes: the same one (or none) is accepted, another is a
 * 400. {@code billingDay}, {@code links} and the rest of what a client echoes are ignored; {@code attributes.etag}
 * stands in for a missing If-Match, as the SDKs send none.
 */
public record BillingProfileUpdate(
        @Text(NAME) String companyName,
        @Valid PartnerAddress address,
        @Valid PartnerContact primaryContact,
        @Text(NAME) String purchaseOrderNumber,
        @Text(CODE) String taxId,
        @Text(CODE) @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 three-letter currency code")
        String billingCurrency,
        @Valid ResourceAttributes attributes) {

    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
