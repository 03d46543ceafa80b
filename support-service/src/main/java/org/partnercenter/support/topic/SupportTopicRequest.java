package org.partnercenter.support.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A topic the operator adds to the catalogue. */
public record SupportTopicRequest(@NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 1000) String description) {
}
