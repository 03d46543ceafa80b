package org.partnercenter.commons.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares the {@link TextKind} of a String in a request type and checks it with Bean Validation: longer than the
 * kind allows (or not a GUID where the kind is {@link TextKind#GUID}) is a 400 naming the field, together with every
 * other bad field. On elements too: {@code List<@Text(IDENTIFIER) String>}, {@code Map<@Text(CODE) String, ...>}.
 */
@Documented
@Constraint(validatedBy = TextKindValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Text {

    TextKind value();

    String message() default "does not fit its kind of text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
