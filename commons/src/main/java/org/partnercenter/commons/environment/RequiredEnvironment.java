package org.partnercenter.commons.environment;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The environment variables an application cannot run without in production, as its configuration names them
 * ({@code partner-center.required-environment.shared}, commons', and {@code .own}, the application's: comma-separated
 * names), and the one line that refuses a start without them.
 */
public final class RequiredEnvironment {

    public static final String SHARED = "partner-center.required-environment.shared";
    public static final String OWN = "partner-center.required-environment.own";

    private final List<String> names;

    private RequiredEnvironment(List<String> names) {
        this.names = names;
    }

    /** The names in both lists, in their order (shared first), each once; null or blank lists name nothing. */
    public static RequiredEnvironment of(String shared, String own) {
        Set<String> names = new LinkedHashSet<>();
        Stream.of(shared, own).filter(list -> list != null)
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        return new RequiredEnvironment(List.copyOf(names));
    }

    public List<String> names() {
        return names;
    }

    /** The names the environment leaves unset or blank (a blank value is a Secret key that was left empty). */
    public List<String> missingFrom(UnaryOperator<String> environment) {
        return names.stream().filter(name -> {
            String value = environment.apply(name);
            return value == null || value.isBlank();
        }).toList();
    }

    /** The single line an application prints when it refuses to start. */
    public static String refusal(String application, List<String> missing) {
        return application + " cannot start: missing environment " + String.join(", ", missing)
                + " (production profile, see deploy/kubernetes/README.md)";
    }
}
