package org.partnercenter.commons.request;

import java.util.List;
import org.partnercenter.commons.error.ApiException;

/**
 * Optimistic concurrency as the real API does it: the client sends the resource's etag (from
 * {@code attributes.etag}) quoted in {@code If-Match}; a stale one is a 400 with code 2055, which the SDKs do
 * not retry, so the client reads the resource again instead of overwriting someone else's change.
 *
 * <p>The one way to make a resource updatable under {@code If-Match}:
 * <ol>
 * <li>its entity has a {@code @Version long version} (a {@code version} column), and its wire etag is
 * {@link Etag#of(long) Etag.of(version)};</li>
 * <li>the service's {@code @Transactional} method calls {@link #check(String, String, long)} with the version it
 * read, before it changes anything;</li>
 * <li>it flushes ({@code em.flush()}) before it returns. The flush runs {@code UPDATE ... WHERE version = ?} with
 * the version checked here: when another request with the same etag committed in between, the update matches no
 * row and Hibernate throws an {@code OptimisticLockException}, which the commons mappers answer with the same
 * 400/2055; and the answer carries the new version's etag, even when an idempotent write commits later.</li>
 * </ol>
 * Changes that take no etag but must apply to the latest state (notes appended to a support request, the last
 * global admin of a partner) lock the row instead ({@code PESSIMISTIC_WRITE}): a version would refuse one of two
 * such requests with a 2055 its client could not have avoided.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /**
     * @param ifMatch the header as sent (quoted or not, weak or not), or null
     * @param fallback an etag the client echoed in the body ({@code attributes.etag}), used only without the header
     * @param version the {@code @Version} of the entity as this transaction read it
     */
    public static void check(String ifMatch, String fallback, long version) {
        String sent = ifMatch != null && !ifMatch.isBlank() ? ifMatch : fallback;
        if (sent == null || sent.isBlank()) {
            throw ApiException.badRequest("This update needs the resource's current etag: read it, then send its "
                    + "attributes.etag in the If-Match header (quoted).", List.of(HEADER));
        }
        if (!unquote(sent).equals(Etag.of(version))) {
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
