package org.partnercenter.commons.request;

import java.util.List;
import org.partnercenter.commons.error.ApiException;

/**
 * Optimistic concurrency as the real API does it: the client sends the resource's etag (from
 * {@code attributes.etag}) quoted in {@code If-Match}; a stale one is a 400 with code 2055, which the SDKs do
 * not retry, so the client reads the resource again instead of overwriting someone else's change.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /**
     * @param ifMatch the header as sent (quoted or not, weak or not), or null
     * @param fallback an etag the client echoed in the body ({@code attributes.etag}), used only without the header
     * @param current the resource's current etag
     */
    public static void check(String ifMatch, String fallback, String current) {
        String sent = ifMatch != null && !ifMatch.isBlank() ? ifMatch : fallback;
        if (sent == null || sent.isBlank()) {
            throw ApiException.badRequest("This update needs the resource's current etag: read it, then send its "
                    + "attributes.etag in the If-Match header (quoted).", List.of(HEADER));
        }
        String etag = unquote(sent);
        if (!etag.equals(current)) {
            throw ApiException.staleEtag();
        }
    }

    /** {@code W/"123"}, {@code "123"} and {@code 123} all name the etag {@code 123}. */
    public static String unquote(String etag) {
        String text = etag.trim();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
