package org.partnercenter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The one test resource of every module: a fresh database of its own on the shared PostgreSQL, the shared
 * Kafka broker, and the test key for internal tokens. Use with
 * {@code @QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database",
 * value = "customer"))}; the database defaults to the application's name.
 */
public class PostgresAndKafka implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestPostgres postgres = TestPostgres.get();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.createDatabase(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestTokens.JWKS_LOCATION);
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka outlive one test application: the next one in this JVM reuses them.
    }
}
