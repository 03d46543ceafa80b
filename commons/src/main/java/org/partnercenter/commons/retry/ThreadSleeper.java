package org.partnercenter.commons.retry;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The sleeper that retries wait with; a test may produce its own so that a backoff costs it no time. */
@ApplicationScoped
public class ThreadSleeper {

    @Produces
    @DefaultBean
    @Singleton
    Sleeper thread() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
