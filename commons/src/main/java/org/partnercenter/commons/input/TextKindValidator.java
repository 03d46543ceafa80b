package org.partnercenter.commons.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a value against its {@link TextKind}, saying which limit it broke. */
public class TextKindValidator implements ConstraintValidator<Text, String> {

    private TextKind kind;

    @Override
    public void initialize(Text text) {
        this.kind = text.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = kind.problem(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
