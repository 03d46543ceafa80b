package org.partnercenter.deploy.postgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.partnercenter.deploy.StackFailure;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.lifecycle.StackPart;

/**
 * The PostgreSQL server of the stack with one database per service: an embedded server, or one
 * the developer already runs (PC_POSTGRES_URL), in which the missing databases are created.
 */
public final class Postgres implements StackPart {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    /** Embedded PostgreSQL trusts local connections; the password is only there for clients that insist. */
    private static final String EMBEDDED_USER = "postgres";
    private static final String EMBEDDED_PASSWORD = "postgres";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> databases;
    private final EmbeddedPostgresServer embedded; // null for an external server
    private volatile boolean stopping;

    private Postgres(String adminUrl, String user, String password, List<String> databases,
            EmbeddedPostgresServer embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.databases = List.copyOf(databases);
        this.embedded = embedded;
    }

    public static Postgres embedded(EmbeddedPostgresServer server, List<String> databases) {
        return new Postgres(JDBC_PREFIX + "127.0.0.1:" + server.port() + "/postgres",
                EMBEDDED_USER, EMBEDDED_PASSWORD, databases, server);
    }

    public static Postgres external(StackConfig.ExternalPostgres server, List<String> databases) {
        if (!server.adminUrl().startsWith(JDBC_PREFIX)) {
            throw new StackFailure("PC_POSTGRES_URL=" + server.adminUrl()
                    + " is not a PostgreSQL JDBC URL: use " + JDBC_PREFIX + "host:port/postgres");
        }
        return new Postgres(server.adminUrl(), server.user(), server.password(), databases, null);
    }

    /** The embedded server returns once it accepts connections, so launching includes waiting for it. */
    @Override
    public void launch() throws Exception {
        if (embedded != null) {
            embedded.start();
        }
    }

    @Override
    public void awaitReady() {
        if (!stopping) {
            createMissingDatabases();
        }
    }

    @Override
    public void stop() {
        stopping = true;
        if (embedded != null) {
            embedded.stop();
        }
    }

    /** Restarts the embedded server on the same data (fault injection); an external server is not ours to restart. */
    public void restart() throws IOException, InterruptedException {
        if (embedded == null) {
            throw new StackFailure("PostgreSQL at " + adminUrl + " is external: the stack cannot restart it");
        }
        embedded.restart();
    }

    private void createMissingDatabases() {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement create = admin.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        create.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new StackFailure("cannot create the service databases through " + adminUrl + " as " + user
                    + ": " + e.getMessage(), e);
        }
    }

    /** The URL of one service's database: the admin URL with its database name replaced, parameters kept. */
    public String jdbcUrl(String database) {
        String rest = adminUrl.substring(JDBC_PREFIX.length());
        int hostEnd = 0;
        while (hostEnd < rest.length() && rest.charAt(hostEnd) != '/' && rest.charAt(hostEnd) != '?') {
            hostEnd++;
        }
        int query = rest.indexOf('?');
        return JDBC_PREFIX + rest.substring(0, hostEnd) + "/" + database + (query >= 0 ? rest.substring(query) : "");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public List<String> databases() {
        return databases;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    /** host:port (or the hosts of a multi-host URL). */
    @Override
    public String address() {
        String url = jdbcUrl("");
        return url.substring(JDBC_PREFIX.length(), url.indexOf('/', JDBC_PREFIX.length()));
    }

    @Override
    public Optional<Path> logFile() {
        return Optional.ofNullable(embedded).map(EmbeddedPostgresServer::logFile);
    }

    @Override
    public boolean external() {
        return embedded == null;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(embedded).flatMap(EmbeddedPostgresServer::postmaster);
    }
}
