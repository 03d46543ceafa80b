package org.partnercenter.commons.request;

/**
 * Jackson views of an idempotent write's answer. The answer to the first request is written whole; the copy
 * kept for replays is written with {@link Stored}, which leaves out every property annotated
 * {@code @JsonView(ReplayViews.ShownOnce.class)}: a secret answered once (a generated password) would
 * otherwise lie in clear in the idempotency table for as long as its record lives.
 */
public final class ReplayViews {

    private ReplayViews() {
    }

    /** The view the idempotency record is written with: every property but the {@link ShownOnce} ones. */
    public interface Stored {
    }

    /** Answered to the first request only, never stored, so never replayed. */
    public interface ShownOnce {
    }
}
