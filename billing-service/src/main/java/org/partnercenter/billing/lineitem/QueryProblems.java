package org.partnercenter.billing.lineitem;

import java.util.ArrayList;
import java.util.List;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;

/** The bad query parameters of one request, gathered so that one 400 names every one of them. */
public final class QueryProblems {

    private final List<String> problems = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** {@code what} follows the parameter's quoted name: "must be ..., got ...". */
    public void add(String name, String what) {
        problems.add("'" + name + "' " + what);
        names.add(name);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The request is not valid: " + String.join("; ", problems) + ".", names);
        }
    }

    /** The value trimmed, null when absent or blank. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A value as a message repeats it: quoted and cut short, or "nothing". */
    public static String shown(String text) {
        return text == null || text.isBlank() ? "nothing" : "'" + Excerpt.of(text) + "'";
    }
}
