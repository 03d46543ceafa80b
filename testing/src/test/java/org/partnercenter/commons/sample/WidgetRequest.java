package org.partnercenter.commons.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

public record WidgetRequest(@NotBlank String name, @NotNull @Positive Integer size, Widget.Color color,
        List<@Valid Part> parts) {

    public record Part(@NotBlank String label) {
    }
}
