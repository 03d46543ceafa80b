package org.partnercenter.gateway.partner;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;
import static org.partnercenter.commons.input.TextKind.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * {@code PUT /v1/profiles/support} (or {@code /v1/profiles/supportprofile}, the docs' path): the whole profile;
 * parts left out are removed. {@code attributes.etag} stands in for a missing If-Match, as the SDKs send none.
 */
public record SupportProfileUpdate(
        @Email @Text(PRINCIPAL_NAME) String email,
        @Text(CODE) @Pattern(regexp = PartnerContact.TELEPHONE, message = PartnerContact.TELEPHONE_MESSAGE)
        String telephone,
        @Text(URI) @Pattern(regexp = "\\S*", message = "must be a web address such as https://support.contoso.com")
        String website,
        @Text(NAME) String displayName,
        @Valid ResourceAttributes attributes) {

    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
