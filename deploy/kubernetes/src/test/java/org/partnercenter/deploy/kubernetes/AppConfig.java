package org.partnercenter.deploy.kubernetes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app's configuration as its source declares it: commons' shared defaults overridden by the app's
 * application.properties, with the simple ${name:default} expressions those use resolved.
 */
final class AppConfig {

    static final String SHARED_REQUIRED = "%prod.partner-center.required-environment.shared";
    static final String OWN_REQUIRED = "%prod.partner-center.required-environment.own";

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    private final String app;
    private final Map<String, String> properties;

    private AppConfig(String app, Map<String, String> properties) {
        this.app = app;
        this.properties = properties;
    }

    static AppConfig of(String app) {
        Map<String, String> merged = new HashMap<>(load(Repository.commonsConfig()));
        merged.putAll(load(Repository.applicationProperties(app)));
        return new AppConfig(app, merged);
    }

    /** The variables production refuses to start without: commons' shared list, then the app's own. */
    Set<String> requiredEnvironment() {
        Set<String> names = new LinkedHashSet<>(list(SHARED_REQUIRED, Repository.commonsConfig()));
        names.addAll(list(OWN_REQUIRED, Repository.applicationProperties(app)));
        return names;
    }

    /** The topics of the app's enabled incoming channels. */
    Set<String> consumedTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String channel : channels()) {
            topics.add(resolve(properties.get("mp.messaging.incoming." + channel + ".topic")));
        }
        return topics;
    }

    /** The consumer groups of the app's enabled incoming channels. */
    Set<String> consumerGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (String channel : channels()) {
            String group = properties.get("mp.messaging.incoming." + channel + ".group.id");
            groups.add(group == null ? app : resolve(group));
        }
        return groups;
    }

    int httpPort() {
        return Integer.parseInt(resolve(properties.get("quarkus.http.port")));
    }

    int managementPort() {
        return Integer.parseInt(resolve(properties.get("quarkus.management.port")));
    }

    private List<String> channels() {
        return properties.keySet().stream().map(INCOMING_TOPIC::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).filter(this::enabled).sorted().toList();
    }

    private boolean enabled(String channel) {
        String enabled = properties.get("mp.messaging.incoming." + channel + ".enabled");
        return enabled == null || Boolean.parseBoolean(resolve(enabled));
    }

    private List<String> list(String key, Path declaredIn) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            throw new AssertionError(app + ": no " + key + " (expected in " + declaredIn + "): the production"
                    + " profile declares the variables it requires there, and these checks read them from it");
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String found = properties.get(m.group(1));
            String replacement = found != null ? resolve(found) : m.group(2) != null ? m.group(2) : "";
            m.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(resolved);
        return resolved.toString();
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
