package org.partnercenter.pricing.pricelist;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Serialises publishes of one kind for the rest of the transaction, so that publish order ({@code seq}) is commit
 * order and "the later publish for the same effective date wins" holds under concurrent publishes.
 */
public final class PublishLock {

    public static final long PRICE_LISTS = 0x7072696365L;
    public static final long EXCHANGE_RATES = 0x6678726174L;

    private PublishLock() {
    }

    public static void acquire(EntityManager em, long key) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key);
                lock.execute();
            }
        });
    }
}
