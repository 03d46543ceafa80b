package org.partnercenter.deploy.lifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partnercenter.deploy.StackFailure;
import org.partnercenter.deploy.report.Console;

/**
 * The parts of the stack that have been started: starts them a stage at a time, each stage in
 * parallel, and stops them in the reverse order (gateway first, PostgreSQL last).
 */
public final class RunningStack {

    private final StackLock lock;
    private final List<StackPart> parts = Collections.synchronizedList(new ArrayList<>());
    private final Map<StackPart, Duration> startTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ExecutorService starters = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stack-starter");
        thread.setDaemon(true); // a starter still waiting must not keep a failed launcher alive
        return thread;
    });
    private volatile boolean stopped;

    public RunningStack(StackLock lock) {
        this.lock = lock;
    }

    /** Starts the parts in parallel and returns once all serve; on the first failure, throws it at once. */
    public void start(List<? extends StackPart> stage) throws InterruptedException {
        synchronized (this) { // with stop(): a stage is either stopped with the rest or never launched
            if (stopped) {
                throw new StackFailure("stopped before it was up");
            }
            parts.addAll(stage);
        }
        CompletionService<StackPart> started = new ExecutorCompletionService<>(starters);
        for (StackPart part : stage) {
            started.submit(() -> startOne(part));
        }
        for (int i = 0; i < stage.size(); i++) {
            try {
                started.take().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof StackFailure failure ? failure : new StackFailure(cause.toString(), cause);
            }
        }
        if (stopped) {
            throw new StackFailure("stopped before it was up"); // parts that saw the stop return without failing
        }
    }

    public boolean stopped() {
        return stopped;
    }

    /** Runs the action unless the stack is stopping; stop() waits for it to finish. */
    public synchronized void whileRunning(Runnable action) {
        if (!stopped) {
            action.run();
        }
    }

    private StackPart startOne(StackPart part) throws Exception {
        long begin = System.nanoTime();
        if (!part.external()) {
            Console.line("starting " + part.name() + "...");
        }
        try {
            part.launch();
        } finally {
            part.process().ifPresent(process -> lock.recordChild(part.name(), process));
        }
        part.awaitReady();
        if (stopped) {
            return part; // Ctrl-C or another part's failure: "up" would only confuse
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        startTimes.put(part, took);
        Console.line(part.name() + (part.external() ? " (external) reachable on " : " up on ")
                + part.address() + " (" + Console.seconds(took) + ")");
        return part;
    }

    public Duration startTime(StackPart part) {
        return startTimes.get(part);
    }

    public List<StackPart> parts() {
        return List.copyOf(parts);
    }

    /** Stops every part, last started first, then anything still running that this JVM started. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<StackPart> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (StackPart part : reversed) {
            if (part.external()) {
                continue;
            }
            long begin = System.nanoTime();
            part.stop();
            Console.line("stopped " + part.name() + " (" + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)) + ")");
        }
        // A child whose start was interrupted half-way may not be known to its part yet.
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        lock.close();
    }
}
