package org.partnercenter.commons.sample;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.GUID;
import static org.partnercenter.commons.input.TextKind.NAME;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.input.Text;

/** A widget to create; {@code fragile}, {@code weight}, {@code ownerId} and {@code labels} are read, not stored. */
public record WidgetRequest(@NotBlank @Text(NAME) String name, @NotNull @Positive Integer size, Widget.Color color,
        List<@Valid Part> parts, Boolean fragile, BigDecimal weight, @Text(GUID) String ownerId,
        Map<@Text(CODE) String, @Text(NAME) String> labels) {

    public WidgetRequest(String name, Integer size) {
        this(name, size, null, null, null, null, null, null);
    }

    public record Part(@NotBlank @Text(NAME) String label) {
    }
}
