package org.partnercenter.commons.tracing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Keeps the message and logging context (MDC) of each record logged under a logger, while installed. */
final class LogCapture extends Handler implements AutoCloseable {

    record Line(String message, Map<String, String> mdc) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    static LogCapture of(Class<?> loggingClass) {
        LogCapture capture = new LogCapture(Logger.getLogger(loggingClass.getName()));
        capture.logger.addHandler(capture);
        return capture;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        // Read now, on the logging thread: the logging context is the thread's (or its Vert.x context's).
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        lines.add(new Line(ext.getFormattedMessage(), Map.copyOf(ext.getMdcCopy())));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
