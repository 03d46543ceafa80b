package org.partnercenter.commons.input;

import java.util.regex.Pattern;
import org.partnercenter.commons.json.StorableText;

/**
 * The kinds of text a request body carries, each with the longest value it may have. Every String of a request
 * type declares its kind with {@link Text}, so a new field cannot go unbounded. Kinds that end up in an index stay
 * far below PostgreSQL's btree row limit (about 2,700 bytes, that is 900 characters of 3 UTF-8 bytes each): a
 * longer value there fails the insert as a 500 instead of a 400 naming the field.
 */
public enum TextKind {

    /** An Azure AD object id, application id, tenant id or any other id that is a GUID, checked as one. */
    GUID(36, "a GUID such as 2f6c1e7a-5b0d-4c5e-9f3a-8d1b2c3d4e5f"),
    /** An id we do not mint and cannot check further: a usage record id, an offer id, a role name, a meter id. */
    IDENTIFIER(128, "an identifier"),
    /** A currency, country, culture, language, status or severity code, or a date as text. */
    CODE(64, "a code"),
    /** A display, company, person or file name, an MPN id, an address line, a title. */
    NAME(256, "a name"),
    /** A user principal name or an e-mail address (RFC 3696: at most 320 characters). */
    PRINCIPAL_NAME(320, "a user principal name or e-mail address"),
    /** An Azure resource URI or a link. */
    URI(2048, "a URI"),
    /** What a person writes: a description, a note, a reason (a field may hold it shorter). Never indexed. */
    FREE_TEXT(16_000, "free text");

    private static final Pattern GUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final int maxLength;
    private final String what;

    TextKind(int maxLength, String what) {
        this.maxLength = maxLength;
        this.what = what;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * What is wrong with the value for this kind, or null when it fits (a missing value always fits). Storable
     * text is checked here again: Jackson hands a value to a String-delegating creator without the text
     * deserializer, so a NUL in {@code "NewNote": "a\u0000b"} reached the database.
     */
    public String problem(String value) {
        if (value == null) {
            return null;
        }
        String unstorable = StorableText.problem(value);
        if (unstorable != null) {
            return unstorable;
        }
        if (this == GUID) {
            return GUID_FORM.matcher(value).matches() ? null : "must be " + what;
        }
        return value.length() <= maxLength ? null
                : "must be at most " + maxLength + " characters (" + what + "), got " + value.length();
    }
}
