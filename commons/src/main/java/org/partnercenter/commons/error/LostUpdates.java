package org.partnercenter.commons.error;

import jakarta.persistence.OptimisticLockException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.StaleStateException;

/**
 * Recognises an update that lost a race: Hibernate's {@code UPDATE ... WHERE version = ?} matched no row because
 * another transaction changed the row since this one read it. Thrown at a flush it arrives as it is; thrown at a
 * commit it arrives wrapped (in a {@code RollbackException}, a {@code QuarkusTransactionException}, an
 * {@code ArcUndeclaredThrowableException}), so the causes are searched too.
 */
final class LostUpdates {

    private LostUpdates() {
    }

    static boolean isLostUpdate(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof OptimisticLockException || suppressed instanceof StaleStateException) {
                    return true;
                }
            }
        }
        return false;
    }
}
