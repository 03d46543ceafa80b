package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Ids, dates, numbers and the like may arrive as JSON text, and Jackson trims such text and reads what is left
 * empty as no value at all: {@code "\u0000"} or {@code "  "} sent as a customer id would silently become "not
 * sent", and a NUL next to a valid date would be dropped. Text meant for a typed value must be that value: a NUL,
 * a broken surrogate or blank text is refused, naming the field, before the value's own reader sees it.
 */
final class TypedText extends DelegatingDeserializer {

    static final String BLANK = "is blank; send a value, or null (or leave the field out) for none";

    TypedText(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new TypedText(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            String problem = text.isBlank() ? BLANK : StorableText.problem(text);
            if (problem != null) {
                throw context.weirdStringException(text, handledType(), problem);
            }
        }
        return super.deserialize(parser, context);
    }

    /** Puts the check in front of every scalar reader but the one for strings, which has its own. */
    static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            boolean typedScalar = deserializer instanceof StdScalarDeserializer<?>
                    && !String.class.equals(deserializer.handledType());
            return typedScalar ? new TypedText(deserializer) : deserializer;
        }
    }
}
