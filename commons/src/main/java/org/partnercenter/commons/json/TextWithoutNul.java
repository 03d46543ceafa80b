package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Refuses a JSON string holding a NUL character (\u0000): PostgreSQL cannot store one in text, so it
 * would otherwise fail as a 500 when the row is written, instead of a 400 naming the field.
 */
public final class TextWithoutNul extends StringDeserializer {

    public static final String PROBLEM = "contains a NUL character (\\u0000), which text may not contain";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(parser, PROBLEM, text, String.class);
        }
        return text;
    }
}
