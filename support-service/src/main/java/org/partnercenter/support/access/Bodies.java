package org.partnercenter.support.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.partnercenter.commons.error.ApiException;

/**
 * Validates a request body after {@link SupportAccess} has let the caller in: with {@code @Valid} on the resource
 * parameter a caller who may not write at all would be told which fields to fix instead of being refused.
 * The violations are thrown as a {@link ConstraintViolationException}, so the commons mapper answers the same
 * 400 as for {@code @Valid}.
 */
@ApplicationScoped
public class Bodies {

    private final Validator validator;

    Bodies(Validator validator) {
        this.validator = validator;
    }

    /** The body, or a 400 naming every bad field; {@code name} is the body's name when it is missing. */
    public <T> T valid(String name, T body) {
        if (body == null) {
            String problem = name + ": must not be null";
            throw ApiException.badRequest("The request is not valid: " + problem + ".", List.of(problem));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
