package org.partnercenter.commons.work;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.partnercenter.commons.retry.RetryPolicy;
import org.partnercenter.commons.retry.Sleeper;

/**
 * The one way a service drains a table of work on a thread of its own for its whole life (the outbox relay, the
 * rating backlog): run a pass, run the next at once while a pass finds a full batch, otherwise wait until a commit
 * wakes the loop or the poll interval passes; after a failure wait with the {@link RetryPolicy}'s growing delay
 * (commits do not cut that short: what failed is what we wait for) and start again from the shortest once a pass
 * succeeds. Nothing is dropped: the work stays in its table until a pass has done it.
 */
public final class DrainLoop {

    /** One pass over the work. */
    @FunctionalInterface
    public interface Pass {
        /** @return whether there may be more work right away (a full batch): the next pass runs without waiting */
        boolean run() throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(DrainLoop.class);

    private final String name;
    private final Duration pollInterval;
    private final RetryPolicy backoff;
    private final Sleeper sleeper;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean stopping;
    private Thread thread;

    /** @param backoff its delays are used, without an attempt limit: the loop never gives up */
    public DrainLoop(String name, Duration pollInterval, RetryPolicy backoff, Sleeper sleeper) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    /** Runs {@code pass} on a daemon thread named after the loop until {@link #stop}. */
    public synchronized void start(Pass pass) {
        thread = new Thread(() -> runUntilStopped(pass), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the running pass finish, then ends the loop; waits for it up to {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        stopping = true;
        wakeUp();
        Thread running = thread;
        if (running != null) {
            running.join(grace.toMillis());
        }
    }

    /** Called after a transaction that added work commits, so that it is done within milliseconds. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** The loop itself, on the caller's thread: tests drive it with stand-in passes and sleeper. */
    public void runUntilStopped(Pass pass) {
        int failures = 0;
        while (!stopping) {
            try {
                boolean more = pass.run();
                failures = 0;
                if (!more) {
                    await(pollInterval);
                }
            } catch (Exception e) {
                failures++;
                Duration delay = backoff.delayAfter(failures);
                LOG.warnf("%s failed, retrying in %s ms: %s", name, delay.toMillis(), e.getMessage());
                sleep(delay);
            }
        }
    }

    private void await(Duration duration) {
        try {
            wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
