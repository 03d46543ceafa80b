package org.partnercenter.commons.retry;

import java.time.Duration;

/** How a retry waits: the thread's sleep in a service (see {@link ThreadSleeper}), a recorder in a test. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
