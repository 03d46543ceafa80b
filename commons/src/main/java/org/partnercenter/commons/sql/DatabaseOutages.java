package org.partnercenter.commons.sql;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that says the database is out of reach (down, restarting, refusing connections), as opposed
 * to one the request or the event caused. Such a failure passes with the outage: a request is answered 503 with
 * {@code Retry-After}, an event waits for the database instead of being parked, a worker backs off. It arrives as
 * PgJDBC, Agroal or Hibernate raise it, often wrapped by the transaction's commit, so causes and suppressed
 * exceptions are searched.
 */
public final class DatabaseOutages {

    /** PostgreSQL's "connection exception" class of SQLSTATEs: 08001 cannot connect, 08006 connection failure... */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** Agroal's answer when no connection came free in the acquisition timeout: a pool that cannot reach its server. */
    private static final String ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

    private DatabaseOutages() {
    }

    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (saysOutage(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isOutage(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean saysOutage(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE_STATES.contains(state))
                    || sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT);
        }
        return false;
    }
}
