package org.partnercenter.commons.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.partnercenter.commons.error.ApiException;

/**
 * The sort-key values of the last row of a page, carried to the client as an opaque continuation token.
 * The token is versioned so that its layout can change without breaking clients in the middle of a listing.
 */
public record SeekPosition(List<String> values) {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';

    public SeekPosition {
        values = List.copyOf(values);
    }

    public String encode() {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    public static SeekPosition decode(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = new ArrayList<>(List.of(text.split(String.valueOf(SEPARATOR), -1)));
        if (parts.size() < 2 || !VERSION.equals(parts.remove(0))) {
            throw invalid();
        }
        return new SeekPosition(parts);
    }

    /**
     * The values read as these types, in order, for a query that binds them itself (native SQL); a token with
     * another number of values, or a value that does not parse or that PostgreSQL cannot compare, is refused
     * as a bad token.
     */
    public List<Object> typed(Class<?>... types) {
        if (values.size() != types.length) {
            throw invalid();
        }
        List<Object> typed = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            typed.add(SortKeyValues.parse(types[i], values.get(i)));
        }
        return typed;
    }

    static ApiException invalid() {
        return ApiException.badRequest("The MS-ContinuationToken header is not a token this collection issued. "
                + "Copy it unchanged from links.next, or list again without it.", List.of(PageRequest.CONTINUATION_HEADER));
    }
}
