package org.partnercenter.support.incident;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.FREE_TEXT;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.input.Text;

/**
 * {@code POST /v1/serviceincidents}: support declares an incident on a workload (the service partners see it
 * grouped under). The status is text here so that a bad one is named together with every other bad field;
 * {@code startTime} defaults to now and {@code message}, if given, is its first message.
 */
public record ServiceIncidentCreate(
        @NotBlank @Text(NAME) @Size(max = ServiceIncidentCreate.TITLE_MAX) String title,
        @NotBlank @Text(NAME) @Size(max = ServiceIncidentCreate.WORKLOAD_MAX) String workload,
        @NotNull @Text(CODE) @Pattern(regexp = ServiceIncidentCreate.STATUSES, message = STATUS_MESSAGE)
        String status,
        Instant startTime,
        @Text(NAME) @Size(max = TITLE_MAX) String impactedArea,
        @Size(max = 20) List<@NotBlank @Text(NAME) @Size(max = WORKLOAD_MAX) String> affectedWorkloadNames,
        @Text(FREE_TEXT) @Size(max = ServiceIncidentCreate.MESSAGE_MAX) String message) {

    static final int TITLE_MAX = 200;
    static final int WORKLOAD_MAX = 100;
    static final int MESSAGE_MAX = 10_000;
    static final String STATUSES = "(?i)\\s*(normal|information|warning|critical)\\s*";
    static final String STATUS_MESSAGE = "must be one of normal, information, warning, critical";
}
