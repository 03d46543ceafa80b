package org.partnercenter.commons.request;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.partnercenter.commons.error.ApiException;

/**
 * A JSON request body that the resource hands to its service unread. The service checks the caller first
 * ({@code caller.require(Access...)}) and only then asks for the body, so a caller without the right gets 403
 * whatever it sent: never a 400 that lists the operation's fields or says where its JSON broke. Malformed JSON
 * and invalid fields answer the same 400s as a body bound and {@code @Valid}-ated before the method.
 *
 * <p>A resource takes {@code Body<T>} (read by {@link BodyReader}) with {@code @RequestBodySchema(T.class)} for
 * the API document; it never takes a JSON body as {@code T} itself.
 */
public final class Body<T> {

    private final Supplier<T> parse;
    private final Validator validator;
    private T value;
    private boolean parsed;

    Body(Supplier<T> parse, Validator validator) {
        this.parse = parse;
        this.validator = validator;
    }

    /**
     * A body this service built itself (a migration row, say) and checked in its own words: {@link #valid()}
     * hands it back as it is.
     */
    public static <T> Body<T> built(T value) {
        return new Body<>(() -> value, null);
    }

    /**
     * The body as sent, null when there is none; not validated, for a service that checks each part itself (a
     * batch that stores its valid records). 400 if it is not JSON of the operation's shape.
     */
    public T read() {
        if (!parsed) {
            value = parse.get();
            parsed = true;
        }
        return value;
    }

    /** The body, present and valid: a 400 naming every bad field otherwise. */
    public T valid() {
        T body = read();
        if (body == null) {
            throw ApiException.badRequest("The request body is missing: send the JSON object this operation takes, "
                    + "with Content-Type: application/json.", List.of("body: must not be null"));
        }
        if (validator != null) {
            Set<ConstraintViolation<T>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return body;
    }
}
