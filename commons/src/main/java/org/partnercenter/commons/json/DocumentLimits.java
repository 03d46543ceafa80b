package org.partnercenter.commons.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Bounds on any JSON document read, as a backstop under the per-field limits of {@code input.TextKind}: far above
 * anything a client or an event producer sends, far below what costs memory or time or fails in the database.
 */
public final class DocumentLimits {

    /** Our deepest body or event is under 10 levels; the parser's own limit (1,000) is a stack-depth guard only. */
    public static final int MAX_DEPTH = 64;
    /** Six times the longest free text a field accepts. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Characters of a property name or map key: ours are short words, a map's keys are codes or names. */
    public static final int MAX_NAME_LENGTH = 1000;
    /**
     * Characters of one number token. The parser checks it before the field is known, so it stays high; the
     * tighter bound on values is {@link #MAX_DECIMAL_DIGITS}, checked where the field is named.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** Digits on either side of a decimal's point: {@code 1e400} is five characters but no quantity or price. */
    public static final int MAX_DECIMAL_DIGITS = 100;

    /** Why a decimal beyond {@link #MAX_DECIMAL_DIGITS} digits on either side of its point is refused. */
    public static final String DECIMAL_OUT_OF_RANGE = "is out of range: at most " + MAX_DECIMAL_DIGITS
            + " digits before and after the decimal point";

    private DocumentLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
    }
}
