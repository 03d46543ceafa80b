package org.partnercenter.support.incident;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.FREE_TEXT;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.input.Text;

/**
 * {@code PATCH /v1/serviceincidents/{id}} with {@code If-Match}: what support changes, every field optional but
 * at least one present. {@code message} publishes a new message; {@code resolved: true} resolves the incident,
 * at {@code endTime} (default now). A resolved incident stays resolved: it may gain messages and a better title,
 * not a new status.
 */
public record ServiceIncidentPatch(
        @Text(NAME) @Size(max = ServiceIncidentCreate.TITLE_MAX) @Pattern(regexp = "(?s).*\\S.*",
                message = "must not be blank") String title,
        @Text(CODE) @Pattern(regexp = ServiceIncidentCreate.STATUSES, message = ServiceIncidentCreate.STATUS_MESSAGE)
        String status,
        @Text(NAME) @Size(max = ServiceIncidentCreate.TITLE_MAX) String impactedArea,
        @Size(max = 20) List<@NotBlank @Text(NAME) @Size(max = ServiceIncidentCreate.WORKLOAD_MAX) String>
        affectedWorkloadNames,
        @Text(FREE_TEXT) @Size(max = ServiceIncidentCreate.MESSAGE_MAX) @Pattern(regexp = "(?s).*\\S.*",
                message = "must not be blank") String message,
        Boolean resolved,
        Instant endTime) {

    boolean changesNothing() {
        return title == null && status == null && impactedArea == null && affectedWorkloadNames == null
                && message == null && resolved == null && endTime == null;
    }

    boolean resolves() {
        return Boolean.TRUE.equals(resolved);
    }
}
