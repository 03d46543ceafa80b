package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;

/** Applies {@link WireEnums} to every enum that crosses the wire, without an annotation per enum. */
final class WireEnumModule extends SimpleModule {

    WireEnumModule() {
        super("partner-center-wire-enums");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                    BeanDescription beanDesc, JsonSerializer<?> serializer) {
                return new WireEnumSerializer();
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new LenientEnumDeserializer(type.getRawClass());
            }
        });
    }

    private static final class WireEnumSerializer extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(WireEnums.wireName(value));
        }
    }

    private static final class LenientEnumDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {
        private final Class<E> type;

        LenientEnumDeserializer(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, TypedText.BLANK, text, type);
            }
            return WireEnums.find(type, text).orElseThrow(() -> com.fasterxml.jackson.databind.exc
                    .InvalidFormatException.from(p, "not one of " + WireEnums.allowed(type), text, type));
        }
    }

}
