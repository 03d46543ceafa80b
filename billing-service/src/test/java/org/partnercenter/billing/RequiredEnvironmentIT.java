package org.partnercenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, started as production starts it (the prod profile, settings from the environment only), with
 * a required variable missing: one line naming what is missing and exit code 1, before it connects anywhere, so
 * nothing here runs a database or a broker (the addresses given point where nothing listens).
 */
class RequiredEnvironmentIT {

    private static final Path JAR = Path.of(System.getProperty("billing.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final String ADVICE = " (production profile, see deploy/kubernetes/README.md)";

    @Test
    void shouldExitWithOneLineNamingTheMissingVariablesWhenTheDatabasePasswordAndBrokerAreUnset() throws Exception {
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/billing",
                "QUARKUS_DATASOURCE_USERNAME", "billing",
                "KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://127.0.0.1:1/internal/jwks");

        Started started = start(environment);

        assertThat(started.exitCode()).isEqualTo(1);
        assertThat(started.lines()).containsExactly("billing-service cannot start: missing environment "
                + "QUARKUS_DATASOURCE_PASSWORD, KAFKA_BOOTSTRAP_SERVERS" + ADVICE);
    }

    @Test
    void shouldCountABlankVariableAsMissingWhenItsSecretKeyIsEmpty() throws Exception {
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/billing",
                "QUARKUS_DATASOURCE_USERNAME", "billing",
                "QUARKUS_DATASOURCE_PASSWORD", "secret",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                "KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", " ");

        Started started = start(environment);

        assertThat(started.exitCode()).isEqualTo(1);
        assertThat(started.lines()).containsExactly(
                "billing-service cannot start: missing environment MP_JWT_VERIFY_PUBLICKEY_LOCATION" + ADVICE);
    }

    /** The jar in a cleaned environment ({@code env -i PATH=...}) plus {@code environment}; stdout and stderr. */
    private static Started start(Map<String, String> environment) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: it is built by the package phase");
        }
        Path output = Files.createTempFile(Path.of("target"), "required-environment", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("billing-service still running after 60 s: see " + output);
        }
        return new Started(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    private record Started(int exitCode, List<String> lines) {
    }
}
