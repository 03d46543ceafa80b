package org.partnercenter.e2e.support;

import java.math.BigDecimal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Compares a quantity read from JSON with an exact decimal: REST Assured reads 1 as an Integer and 0.5 as
 * a BigDecimal (see {@link Gateway}), and neither is ever a float here.
 */
public final class Quantities {

    private Quantities() {
    }

    public static Matcher<Number> quantity(String exactly) {
        BigDecimal expected = new BigDecimal(exactly);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Number actual) {
                return new BigDecimal(actual.toString()).compareTo(expected) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the quantity " + exactly);
            }
        };
    }
}
