package org.partnercenter.support.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/servicerequests/{agent-locale}} as the docs send it (PascalCase, bound case-insensitively).
 * The severity is text here so that a bad one is named together with every other bad field.
 */
public record ServiceRequestCreate(
        @NotBlank @Size(max = 256) String title,
        @NotBlank @Size(max = 10000) String description,
        @NotNull @Pattern(regexp = SEVERITIES, message = "must be one of critical, moderate, minimal") String severity,
        @NotNull Long supportTopicId,
        UUID customerId,
        @Valid ContactInput primaryContact,
        @Size(max = 20) List<@Valid @NotNull FileInfo> fileLinks) {

    static final String SEVERITIES = "(?i)\\s*(critical|moderate|minimal)\\s*";

    public record ContactInput(@Size(max = 100) String contactId, @Size(max = 100) String firstName,
            @Size(max = 100) String lastName, @Email @Size(max = 256) String email,
            @Size(max = 50) String phoneNumber) {
    }

    /** The real API's FileInfo: what the partner says about a file it shared, never its contents. */
    public record FileInfo(@Size(max = 100) String id, @NotBlank @Size(max = 256) String fileNameWithoutExtension,
            @Size(max = 20) String fileExtension, @PositiveOrZero Long fileSize, @Size(max = 1000) String comment) {
    }
}
