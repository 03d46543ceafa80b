package org.partnercenter.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/**
 * Counts a service's stored rows directly, from inside its @QuarkusTest: to prove that a refused request
 * stored nothing, or to wait until a consumer has applied an event.
 */
public final class StoredRows {

    private StoredRows() {
    }

    /** The single number a native {@code select count(*) ...} answers, parameters as ?1, ?2, ... */
    public static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = CDI.current().select(EntityManager.class).get().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public static void awaitStored(String countSql, Object... parameters) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> count(countSql, parameters) > 0);
    }
}
