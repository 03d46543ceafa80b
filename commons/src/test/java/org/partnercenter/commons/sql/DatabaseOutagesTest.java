package org.partnercenter.commons.sql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** What says the database is out of reach, however it reaches a mapper, a consumer or a worker. */
class DatabaseOutagesTest {

    static Stream<Throwable> outages() {
        SQLException refused = new PSQLException("Connection to 127.0.0.1:1 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        SQLException broken = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);
        return Stream.of(
                refused,
                broken,
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("the database system is starting up", "57P03"),
                new SQLException("Sorry, acquisition timeout!"),
                new JDBCConnectionException("Unable to acquire JDBC Connection", broken),
                new PersistenceException("flush failed", new JDBCConnectionException("commit", broken)),
                withSuppressed(new RollbackException("ARJUNA016053: Could not commit transaction."), broken));
    }

    static Stream<Throwable> faultsOfTheirOwn() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        return Stream.of(
                unique,
                new ConstraintViolationException("insert failed", unique, "customer_pkey"),
                new SQLException("canceling statement due to lock timeout", "55P03"),
                new IllegalStateException("no such partner"),
                new PersistenceException("flush failed"));
    }

    @ParameterizedTest
    @MethodSource("outages")
    void shouldCallItAnOutageWhenTheFailureSaysTheDatabaseIsOutOfReach(Throwable failure) {
        assertThat(DatabaseOutages.isOutage(failure)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("faultsOfTheirOwn")
    void shouldNotCallItAnOutageWhenTheDatabaseAnsweredWithAnError(Throwable failure) {
        assertThat(DatabaseOutages.isOutage(failure)).isFalse();
    }

    @Test
    void shouldCallItAnOutageWhenTheDriverFindsNoServerListening() {
        Throwable failure = null;
        try {
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "u", "p").close();
        } catch (SQLException e) {
            failure = e;
        }

        assertThat(failure).isNotNull();
        assertThat(DatabaseOutages.isOutage(new JDBCConnectionException("Unable to acquire JDBC Connection",
                (SQLException) failure))).isTrue();
    }

    private static Throwable withSuppressed(Throwable failure, Throwable suppressed) {
        failure.addSuppressed(suppressed);
        return failure;
    }
}
