package org.partnercenter.support.request;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.FREE_TEXT;
import static org.partnercenter.commons.input.TextKind.IDENTIFIER;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.input.Text;

/**
 * {@code POST /v1/servicerequests/{agent-locale}} as the docs send it (PascalCase, bound case-insensitively).
 * The severity is text here so that a bad one is named together with every other bad field.
 */
public record ServiceRequestCreate(
        @NotBlank @Text(NAME) String title,
        @NotBlank @Text(FREE_TEXT) @Size(max = 10000) String description,
        @NotNull @Text(CODE) @Pattern(regexp = SEVERITIES, message = "must be one of critical, moderate, minimal")
        String severity,
        @NotNull Long supportTopicId,
        UUID customerId,
        @Valid ContactInput primaryContact,
        @Size(max = 20) List<@Valid @NotNull FileInfo> fileLinks) {

    static final String SEVERITIES = "(?i)\\s*(critical|moderate|minimal)\\s*";

    public record ContactInput(@Text(IDENTIFIER) @Size(max = 100) String contactId,
            @Text(NAME) @Size(max = 100) String firstName, @Text(NAME) @Size(max = 100) String lastName,
            @Email @Text(PRINCIPAL_NAME) @Size(max = 256) String email, @Text(CODE) @Size(max = 50) String phoneNumber) {
    }

    /** The real API's FileInfo: what the partner says about a file it shared, never its contents. */
    public record FileInfo(@Text(IDENTIFIER) @Size(max = 100) String id,
            @NotBlank @Text(NAME) String fileNameWithoutExtension, @Text(CODE) @Size(max = 20) String fileExtension,
            @PositiveOrZero Long fileSize, @Text(FREE_TEXT) @Size(max = 1000) String comment) {
    }
}
