package org.partnercenter.commons.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** A request that finds the database out of reach is sent back for later, never answered 500. */
class DatabaseOutageMappingTest {

    private final ExceptionMappers mappers = new ExceptionMappers(new ErrorResponses(() -> "commons-test"));

    @Test
    void shouldAnswer503WithRetryAfterInTheErrorShapeWhenTheDatabaseIsOutOfReach() {
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitFailed.initCause(new JDBCConnectionException("commit", new PSQLException(
                "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));

        Response response = mappers.unexpected(new QuarkusTransactionException(commitFailed));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.code()).isEqualTo(ErrorCodes.SERVICE_UNAVAILABLE);
        assertThat(error.description()).contains("Retry-After", "MS-RequestId").doesNotContain("Exception");
        assertThat(error.source()).isEqualTo("commons-test");
    }

    @Test
    void shouldStillAnswer500WhenTheFailureIsNoOutage() {
        Response response = mappers.unexpected(new IllegalStateException("a bug"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }
}
