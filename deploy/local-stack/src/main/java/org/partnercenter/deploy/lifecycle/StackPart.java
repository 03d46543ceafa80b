package org.partnercenter.deploy.lifecycle;

import java.nio.file.Path;
import java.util.Optional;

/** One running piece of the local stack: PostgreSQL, the Kafka broker or a service. */
public interface StackPart {

    /** Name used in progress lines and the summary table. */
    String name();

    /** What a client connects to: a URL or a host:port. */
    String address();

    /** Where it serves /q/health and /q/metrics, when that is apart from {@link #address()}. */
    default Optional<String> managementAddress() {
        return Optional.empty();
    }

    /** Where its output goes; empty for a server the developer runs elsewhere. */
    Optional<Path> logFile();

    /** True when the stack uses a server it did not start (and so must not stop). */
    boolean external();

    /** Starts the part's process, if it has one, and returns without waiting for it to serve. */
    void launch() throws Exception;

    /** Returns once the part serves requests, or fails saying why (with the end of its log). */
    void awaitReady() throws Exception;

    /** The operating-system process serving this part, once launched, so a later run can reap it. */
    Optional<ProcessHandle> process();

    /** Stops whatever {@link #launch()} has started so far; safe to call at any time and more than once. */
    void stop();
}
