package org.partnercenter.customer.agreement;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.IDENTIFIER;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;
import static org.partnercenter.commons.input.TextKind.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.partnercenter.commons.input.Text;

/**
 * The real {@code Agreement} as clients send it to {@code POST /v1/customers/{id}/agreements}. {@code agreementLink}
 * is the template's, echoed from {@code GET /v1/agreements}: read-only, the stored one is the template's own.
 */
public record AgreementRequest(
        @Text(IDENTIFIER) String userId,
        @NotNull @Valid ContactRequest primaryContact,
        @NotBlank @Text(IDENTIFIER) String templateId,
        @NotNull Instant dateAgreed,
        @NotBlank @Text(IDENTIFIER) String type,
        @Text(URI) String agreementLink) {

    /** The customer's person who accepted: names and e-mail required, phone optional, as the docs have them. */
    public record ContactRequest(
            @NotBlank @Text(NAME) @Size(max = 100) String firstName,
            @NotBlank @Text(NAME) @Size(max = 100) String lastName,
            @NotBlank @Email @Text(PRINCIPAL_NAME) @Size(max = 256) String email,
            @Text(CODE) @Size(max = 32) @Pattern(regexp = "[0-9+().\\- ]*[0-9][0-9+().\\- ]*",
                    message = "must be a phone number: digits, spaces and + ( ) . -") String phoneNumber) {
    }
}
