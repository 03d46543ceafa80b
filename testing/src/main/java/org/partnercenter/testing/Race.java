package org.partnercenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Requests sent at the same moment, as two clients holding the same etag (or one client's retries) send them: each
 * contender runs on a thread of its own and all wait at a barrier until every one is ready, so that their reads
 * and writes overlap on the server. One round proves little, since a race is lost by timing: repeat it.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    /** Runs every contender at once; answers their results in the contenders' order. */
    public static <T> List<T> atOnce(List<Callable<T>> contenders) {
        CyclicBarrier start = new CyclicBarrier(contenders.size());
        ExecutorService threads = Executors.newFixedThreadPool(contenders.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> contender : contenders) {
                running.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return contender.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("A contender of the race failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("The race did not finish within " + TIMEOUT_SECONDS + " seconds", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The same request, {@code times} times at once. */
    public static <T> List<T> atOnce(int times, Callable<T> contender) {
        return atOnce(Collections.nCopies(times, contender));
    }

    /** An update of one resource, sent with this etag in If-Match, and this MS-RequestId unless it is null. */
    @FunctionalInterface
    public interface Update {
        Response send(String etag, String value, String requestId);
    }

    /**
     * Rounds of two updates of one resource sent at once with the etag just read, each setting {@code field} to
     * a value of its own. Asserts, every round, that exactly one won ({@link #onlyWinner}), that the resource
     * now holds the winner's value, and that its etag is the one the winner was answered. Every other round
     * sends each update with an MS-RequestId of its own, as the SDKs do, which makes it an idempotent write.
     */
    public static void twoUpdatesWithOneEtag(int rounds, Supplier<Response> read, String field, Update update) {
        for (int round = 1; round <= rounds; round++) {
            String etag = read.get().jsonPath().getString("attributes.etag");
            List<String> values = List.of("Round " + round + " A", "Round " + round + " B");
            boolean withRequestIds = round % 2 == 0;
            List<Callable<Response>> updates = values.stream().<Callable<Response>>map(value -> () -> update.send(
                    etag, value, withRequestIds ? UUID.randomUUID().toString() : null)).toList();

            List<Response> answers = atOnce(updates);

            int winner = onlyWinner(answers);
            Response stored = read.get();
            assertThat(stored.jsonPath().getString(field)).as("round " + round).isEqualTo(values.get(winner));
            assertThat(stored.jsonPath().getString("attributes.etag")).as("round " + round + ": the winner's etag")
                    .isEqualTo(answers.get(winner).jsonPath().getString("attributes.etag"));
        }
    }

    /**
     * Asserts the answer to writes that raced with the same etag: exactly one succeeded (200) and every other was
     * told that its etag is no longer valid (400, code 2055), never a lost update (two 200s) nor a 500.
     *
     * @return the index of the winner among the answers
     */
    public static int onlyWinner(List<Response> answers) {
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).as("statuses of the racing writes").containsOnlyOnce(200);
        int winner = statuses.indexOf(200);
        for (int i = 0; i < answers.size(); i++) {
            if (i != winner) {
                Response loser = answers.get(i);
                assertThat(loser.statusCode()).as(loser.asString()).isEqualTo(400);
                assertThat(loser.jsonPath().getInt("code")).as(loser.asString()).isEqualTo(2055);
            }
        }
        return winner;
    }
}
