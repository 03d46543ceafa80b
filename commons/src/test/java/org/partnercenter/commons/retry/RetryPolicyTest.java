package org.partnercenter.commons.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper recording = waits::add;
    private final AtomicInteger tries = new AtomicInteger();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void shouldDoubleTheDelayUpToItsMaximumWhenFailuresGoOn() {
        RetryPolicy policy = new RetryPolicy(RetryPolicy.WITHOUT_END, Duration.ofMillis(200), Duration.ofSeconds(30));

        assertThat(List.of(1, 2, 3, 8, 9, 10, 1_000).stream().map(policy::delayAfter).toList()).containsExactly(
                Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(25_600),
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void shouldThrowTheLastFailureAfterWaitingBetweenAttemptsWhenEveryAttemptFails() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(2));

        assertThatThrownBy(() -> policy.run(() -> fail("attempt " + tries.incrementAndGet()), e -> true, recording))
                .hasMessage("attempt 5");
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1_600));
    }

    @Test
    void shouldAnswerWithoutFurtherAttemptsWhenALaterAttemptSucceeds() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(2));

        String answer = policy.run(() -> tries.incrementAndGet() < 3 ? fail("passing trouble") : "done", e -> true,
                recording);

        assertThat(answer).isEqualTo("done");
        assertThat(tries).hasValue(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void shouldThrowAtOnceWhenTheFailureIsNotRetryable() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(2));

        assertThatThrownBy(() -> policy.run(() -> {
            tries.incrementAndGet();
            throw new IllegalArgumentException("the input's own fault");
        }, e -> !(e instanceof IllegalArgumentException), recording)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tries).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldStopRetryingAndKeepTheInterruptWhenInterruptedWhileWaiting() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(2));
        Sleeper interrupted = duration -> {
            throw new InterruptedException();
        };

        assertThatThrownBy(() -> policy.run(() -> fail("attempt " + tries.incrementAndGet()), e -> true, interrupted))
                .hasMessage("attempt 1");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void shouldRefuseAPolicyWhenItsMaximumIsBelowItsFirstDelay() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String fail(String message) {
        throw new IllegalStateException(message);
    }
}
