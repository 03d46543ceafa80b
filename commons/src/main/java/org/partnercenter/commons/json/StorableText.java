package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Refuses JSON text that PostgreSQL cannot store as sent: a NUL character (\u0000) fails the write as a 500, and
 * malformed UTF-16 (a lone surrogate such as \ud800) is silently stored as '?'. Both are a 400 naming the field
 * instead, for string values and for the keys of maps alike.
 */
public final class StorableText extends StringDeserializer {

    public static final String NUL = "contains a NUL character (\\u0000), which text may not contain";
    public static final String BROKEN_SURROGATE = "contains malformed UTF-16 (a lone surrogate such as \\ud800), "
            + "which text may not contain: send each character outside the Basic Multilingual Plane as a pair";

    /** What is wrong with the text, or null when it can be stored as sent. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return NUL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return BROKEN_SURROGATE;
            }
        }
        return null;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return checked(parser, super.deserialize(parser, context));
    }

    private static String checked(JsonParser parser, String text) throws InvalidFormatException {
        String problem = problem(text);
        if (problem != null) {
            throw InvalidFormatException.from(parser, problem, text, String.class);
        }
        return text;
    }

    /** The same rule for the keys of a map of strings ({@code tags}, {@code rates}). */
    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }
}
