package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * {@code PUT /v1/profiles/legalbusiness}: the whole profile, as the SDKs send back what they read. Parts left out
 * are removed, except the company name, which a legal profile always has. The vetting fields are the operator's
 * (it vets a partner when it registers it): what a client echoes of them is ignored, as are {@code links}. The
 * SDKs send no If-Match here: {@code attributes.etag} stands in for it.
 */
public record LegalBusinessProfileUpdate(
        @NotBlank @Text(NAME) String companyName,
        @Valid PartnerAddress address,
        @Valid PartnerContact primaryContact,
        @Valid PartnerAddress companyApproverAddress,
        @Email @Text(PRINCIPAL_NAME) String companyApproverEmail,
        @Valid ResourceAttributes attributes) {

    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
