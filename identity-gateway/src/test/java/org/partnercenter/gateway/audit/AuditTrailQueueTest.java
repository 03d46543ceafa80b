package org.partnercenter.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The writer's queue when the writer is not taking records (here: never started). */
class AuditTrailQueueTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(AuditTrail.class.getName());
    private final Handler capture = new Handler() {
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }
        }

        public void flush() {
        }

        public void close() {
        }
    };
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final AuditTrail trail = new AuditTrail(null, null, config(3, Duration.ofMinutes(1)), registry, clock(),
            duration -> { });

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
    }

    @Test
    void shouldDropAndCountRecordsWithoutBlockingWhenTheQueueIsFull() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 5; i++) {
                trail.record(entry(i));
            }
        });

        assertThat(registry.get("audit.records.dropped").counter().count()).isEqualTo(2);
    }

    @Test
    void shouldReportDropsOncePerIntervalWhenTheQueueStaysFull() {
        for (int i = 0; i < 6; i++) {
            trail.record(entry(i));
        }
        now = now.plusSeconds(59);
        trail.record(entry(6));
        now = now.plusSeconds(1);
        trail.record(entry(7));

        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("Dropped 1 audit records since the last report");
        assertThat(errors.get(1)).startsWith("Dropped 4 audit records since the last report");
        assertThat(registry.get("audit.records.dropped").counter().count()).isEqualTo(5);
    }

    private static AuditEntry entry(int number) {
        return new AuditEntry(null, "oid-" + number, null, null, "GET", "/v1/customers", "/v1/customers", null, 200,
                Instant.parse("2026-11-25T10:00:00Z"), 1, "correlation-" + number, "request-" + number);
    }

    private static AuditTrailConfig config(int capacity, Duration reportInterval) {
        return new AuditTrailConfig() {
            public int queueCapacity() {
                return capacity;
            }

            public Duration droppedReportInterval() {
                return reportInterval;
            }
        };
    }

    private Clock clock() {
        return new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }
}
