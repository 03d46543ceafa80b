package org.partnercenter.commons.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A write that lost a race to another with the same etag, however the failure reaches the mappers. */
class LostUpdateMappingTest {

    private final ExceptionMappers mappers = new ExceptionMappers(new ErrorResponses(() -> "commons-test"));

    static Stream<Throwable> lostRaces() {
        return Stream.of(
                optimisticLock(),
                stale(),
                new PersistenceException("flush failed", stale()),
                rolledBack(optimisticLock()),
                new QuarkusTransactionException(rolledBack(optimisticLock())),
                new ArcUndeclaredThrowableException(rolledBack(stale())),
                withSuppressed(new RollbackException("ARJUNA016053: Could not commit transaction."), stale()));
    }

    @ParameterizedTest
    @MethodSource("lostRaces")
    void shouldAnswer400With2055WhenAnUpdateLostTheRace(Throwable failure) {
        Response response = mappers.unexpected(failure);

        assertThat(response.getStatus()).isEqualTo(400);
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.code()).isEqualTo(ErrorCodes.ETAG_NO_LONGER_VALID);
        assertThat(error.description()).contains("etag").doesNotContain("Exception");
        assertThat(error.source()).isEqualTo("commons-test");
    }

    @Test
    void shouldAnswerTheSameWhenTheLockExceptionArrivesUnwrapped() {
        Response response = mappers.lostUpdate();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ApiError) response.getEntity()).code()).isEqualTo(ErrorCodes.ETAG_NO_LONGER_VALID);
    }

    @Test
    void shouldStillAnswer500WhenACommitFailsForAnotherReason() {
        Response response = mappers.unexpected(new QuarkusTransactionException(
                rolledBack(new PersistenceException("could not execute statement"))));

        assertThat(response.getStatus()).isEqualTo(500);
    }

    private static OptimisticLockException optimisticLock() {
        return new OptimisticLockException("Row was updated or deleted by another transaction", stale());
    }

    private static StaleObjectStateException stale() {
        return new StaleObjectStateException("org.partnercenter.Customer", UUID.randomUUID());
    }

    private static RollbackException rolledBack(Throwable cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(cause);
        return rollback;
    }

    private static Throwable withSuppressed(Throwable failure, Throwable suppressed) {
        failure.addSuppressed(suppressed);
        return failure;
    }
}
