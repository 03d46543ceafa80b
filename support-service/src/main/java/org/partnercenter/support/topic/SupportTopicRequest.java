package org.partnercenter.support.topic;

import static org.partnercenter.commons.input.TextKind.FREE_TEXT;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.input.Text;

/** A topic the operator adds to the catalogue. */
public record SupportTopicRequest(@NotBlank @Text(NAME) @Size(max = 100) String name,
        @NotBlank @Text(FREE_TEXT) @Size(max = 1000) String description) {
}
