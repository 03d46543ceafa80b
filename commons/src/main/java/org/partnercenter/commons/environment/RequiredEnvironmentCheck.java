package org.partnercenter.commons.environment;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Refuses to start an application whose production environment lacks a required variable
 * ({@link RequiredEnvironment}), with one line on standard error and exit code 1, before the datasource, Flyway or Kafka try to connect and fail with
 * pages of stack traces.
 *
 * <p>A {@link ConfigSourceFactory} (registered through {@code META-INF/services}, which Quarkus honours) because Quarkus
 * builds its runtime configuration before any extension starts, and a factory is handed the configuration read so far:
 * the lists are profile-aware ({@code %prod} only), so other profiles check nothing. It contributes no source. It runs
 * at runtime init only: the build (which packages with the prod profile) and static init never see the environment the
 * application will run with.
 *
 * <p>It halts rather than throws: a thrown exception would reach Quarkus' start-up failure handler, which logs it with
 * its stack trace (as JSON in production); {@link System#exit} would wait for Quarkus' shutdown hook, which waits for
 * the start under way to end. Nothing has started yet that a halt could leave half done.
 */
public class RequiredEnvironmentCheck implements ConfigSourceFactory {

    static final int EXIT_CODE = 1;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
            return List.of();
        }
        RequiredEnvironment required = RequiredEnvironment.of(value(context, RequiredEnvironment.SHARED),
                value(context, RequiredEnvironment.OWN));
        List<String> missing = required.missingFrom(System::getenv);
        if (!missing.isEmpty()) {
            String application = value(context, "quarkus.application.name");
            System.err.println(RequiredEnvironment.refusal(application == null ? "application" : application, missing));
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        return List.of();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
