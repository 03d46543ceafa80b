package org.partnercenter.deploy.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings as a developer would export them, without touching this JVM's properties or environment. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Settings of(Map<String, String> values) {
        return envName -> Optional.ofNullable(values.get(envName));
    }

    /** The configuration the launcher would build from these settings, for a checkout at {@code root}. */
    public static StackConfig config(Path root, LaunchOptions options, Map<String, String> values) {
        return StackConfig.load(options, root, of(values));
    }

    public static StackConfig config(Path root, Map<String, String> values) {
        return config(root, LaunchOptions.parse(), values);
    }
}
