package org.partnercenter.testing;

/** Values a hostile client sends in a text field, for tests that each is refused by name and nothing stored. */
public final class HostileText {

    /**
     * A megabyte of text (10^6 characters): beyond every kind of text and the JSON reader's string limit, yet a body
     * holding it stays under the default body limit (1 MiB), so the answer is the 400 naming the field, not a 413.
     */
    public static final String MEGABYTE = "x".repeat(1_000_000);

    private HostileText() {
    }

    /** One character more than {@code max}: the shortest value a limit of {@code max} characters refuses. */
    public static String longerThan(int max) {
        return "x".repeat(max + 1);
    }
}
