package org.partnercenter.billing.lineitem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnercenter.billing.period.BillingPeriod;
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

    /** An optional partner tenant id: null when not sent; a problem, and null, when not a GUID. */
    public UUID tenantId(String name, String sent) {
        String text = trimmed(sent);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            add(name, "must be a partner's tenant id (a GUID), got " + shown(sent));
            return null;
        }
    }

    /** An optional billing period: null when not sent; a problem, and null, when not a month {@code yyyy-MM}. */
    public BillingPeriod period(String name, String sent) {
        String text = trimmed(sent);
        if (text == null) {
            return null;
        }
        BillingPeriod period = BillingPeriod.parse(text).orElse(null);
        if (period == null) {
            add(name, "must be a billing period, yyyy-MM such as 2026-11, got " + shown(sent));
        }
        return period;
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
