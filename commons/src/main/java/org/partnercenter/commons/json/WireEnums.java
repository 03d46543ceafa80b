package org.partnercenter.commons.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnercenter.commons.error.ApiException;

/**
 * The wire form of enums: lower snake case out ({@code attention_needed}), and on input any case with or
 * without underscores ({@code AttentionNeeded}, {@code ATTENTION_NEEDED}, {@code attentionneeded}), as the
 * real clients send them.
 */
public final class WireEnums {

    private WireEnums() {
    }

    public static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalize(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> normalize(c.name()).equals(wanted))
                .findFirst();
    }

    /** Parses a query parameter or header; a bad value is a 400 that lists the accepted ones. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String text) {
        return find(type, text).orElseThrow(() -> ApiException.badRequest("'" + parameter + "' has the value '"
                + text + "', expected one of " + allowed(type) + ".", java.util.List.of(parameter)));
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnums::wireName).collect(Collectors.joining(", "));
    }

    private static String normalize(String text) {
        return text.replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
