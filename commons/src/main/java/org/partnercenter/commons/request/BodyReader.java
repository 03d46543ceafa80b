package org.partnercenter.commons.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.partnercenter.commons.error.JsonInputErrors;

/**
 * Takes a {@link Body} off the wire as bytes; JSON binding waits until the service asks. The bytes are bounded
 * by the request limits before they get here, and bound with the wire's {@link ObjectMapper}, so a body reads as
 * strictly as one bound before the method (case-insensitive names, duplicate keys and trailing content refused).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class BodyReader implements MessageBodyReader<Body<?>> {

    private final ObjectMapper mapper;
    private final Validator validator;

    BodyReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Body.class && genericType instanceof ParameterizedType;
    }

    @Override
    public Body<?> readFrom(Class<Body<?>> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] bytes = entityStream.readAllBytes();
        JavaType target = mapper.getTypeFactory()
                .constructType(((ParameterizedType) genericType).getActualTypeArguments()[0]);
        return new Body<>(() -> bind(bytes, target), validator);
    }

    /** No body at all is null, as for a body bound before the method; {@link Body#valid()} refuses it. */
    private Object bind(byte[] bytes, JavaType target) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readerFor(target).readValue(bytes);
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content to map due to end-of-input")) {
                return null;
            }
            throw JsonInputErrors.refusal(e);
        } catch (JsonProcessingException e) {
            throw JsonInputErrors.refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
