package org.partnercenter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A poor man's SQL profile of billing's database: every few milliseconds, what each of its busy connections is
 * running and whether it waits (on a lock, on I/O), or sits in an open transaction while the service computes. The
 * share of samples per statement is where its time goes.
 */
final class SqlSampler implements AutoCloseable {

    private final Connection connection;
    private final Thread thread;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger samples = new AtomicInteger();
    private volatile boolean running = true;

    SqlSampler(Map<String, String> config, long everyMillis) throws Exception {
        connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        thread = new Thread(() -> loop(everyMillis), "sql-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(long everyMillis) {
        // Active: in PostgreSQL, waiting on what (no wait: on CPU). Idle in transaction: the service's JVM works (or
        // waits for a CPU) between two statements of an open transaction; the statement is the last one it sent.
        String sql = "select case when state = 'active' then coalesce(wait_event_type, 'CPU') else 'in the JVM' end, "
                + "regexp_replace(left(query, 60), '\\s+', ' ', 'g') from pg_stat_activity "
                + "where datname = current_database() and state in ('active', 'idle in transaction') "
                + "and pid <> pg_backend_pid()";
        try {
            while (running) {
                try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
                    while (rows.next()) {
                        counts.computeIfAbsent(rows.getString(1) + " | " + rows.getString(2),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                samples.incrementAndGet();
                Thread.sleep(everyMillis);
            }
        } catch (Exception e) {
            running = false;
        }
    }

    /** The statements seen most, as a share of the samples (a busy connection in every sample is 100 %). */
    List<String> top(int n) {
        int total = Math.max(1, samples.get());
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, AtomicInteger> e) -> e.getValue().get()).reversed())
                .limit(n).map(e -> String.format(Locale.ROOT, "%5.1f %%  %s", 100.0 * e.getValue().get() / total,
                        e.getKey())).toList();
    }

    int samples() {
        return samples.get();
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(5_000);
        connection.close();
    }
}
