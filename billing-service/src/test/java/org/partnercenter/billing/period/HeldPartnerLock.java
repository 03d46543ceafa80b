package org.partnercenter.billing.period;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.partnercenter.billing.support.BillingDatabase;

/**
 * A partner's close lock ({@link PartnerLocks}) held by the test on a connection of its own, session-level: a close
 * that reaches the partner waits for it at the first statement of the partner's transaction, so the test can stop
 * a close between two partners, at a point it knows.
 */
final class HeldPartnerLock implements AutoCloseable {

    /** PartnerLocks' key space, "PCLS" (its keys are two 32-bit ints: this space and the partner's key). */
    private static final int SPACE = 0x50434c53;

    private final Connection connection;
    private final int key;

    private HeldPartnerLock(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    static HeldPartnerLock hold(BillingDatabase db, UUID partner) throws SQLException {
        Connection connection = db.connect();
        int key = PartnerLocks.key(partner);
        call(connection, "select pg_advisory_lock(?, ?)", key);
        return new HeldPartnerLock(connection, key);
    }

    /** Whether another session waits for the lock: a close has begun the partner's transaction and stands there. */
    static boolean awaited(BillingDatabase db, UUID partner) {
        return db.count("select count(*) from pg_locks where locktype = 'advisory' and classid::bigint = ? "
                + "and objid::bigint = ? and objsubid = 2 and not granted", (long) SPACE,
                Integer.toUnsignedLong(PartnerLocks.key(partner))) > 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            call(connection, "select pg_advisory_unlock(?, ?)", key);
        } finally {
            connection.close();
        }
    }

    private static void call(Connection connection, String sql, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, SPACE);
            statement.setInt(2, key);
            statement.executeQuery().close();
        }
    }
}
