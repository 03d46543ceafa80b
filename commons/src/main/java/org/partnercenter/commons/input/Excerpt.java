package org.partnercenter.commons.input;

/** A value a client sent, as an error message may repeat it: never a megabyte back to the sender, or into a log. */
public final class Excerpt {

    private static final int MAX_SHOWN = 64;

    private Excerpt() {
    }

    /** The text itself when short, else its start and its length: {@code xxxx... (1048576 characters)}. */
    public static String of(String text) {
        if (text == null || text.length() <= MAX_SHOWN) {
            return text;
        }
        return text.substring(0, MAX_SHOWN) + "... (" + text.length() + " characters)";
    }
}
