package org.partnercenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.request.Body;

/**
 * The two halves of "one set of rules, checked in one layer" that a compiler cannot see. A service names no role:
 * its checks are commons' {@link Access} sets, the ones the gateway's routes use, so it cannot grow its own list.
 * And no resource binds a JSON body before its service has checked the caller: it takes a {@link Body}, or the raw
 * text or stream that the service reads after its check. A service's {@code AccessRulesTest} extends this.
 */
public abstract class AccessRulesContract {

    private static final Set<String> ROLES = Stream.concat(Access.PARTNER_ROLES.stream(),
            Access.OPERATOR_ROLES.stream()).collect(Collectors.toSet());
    private static final Pattern ROLE_NAMES = Pattern.compile("commons\\.caller\\.Roles\\b|\"("
            + String.join("|", ROLES) + ")\"");
    private static final Set<Class<?>> UNREAD_BODIES = Set.of(Body.class, String.class, InputStream.class);

    /** The service's base package, whose resource classes are checked. */
    protected abstract String basePackage();

    @Test
    void shouldNameNoRoleWhenTheServiceChecksItsCallers() {
        assertThat(rolesNamedIn(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void shouldBindNoBodyBeforeTheServiceWhenAResourceTakesOne() {
        assertThat(bodiesBoundBeforeTheServiceIn(basePackage())).isEmpty();
    }

    /** {@code file:line: text} for every line of the sources under {@code root} that names a role itself. */
    private static List<String> rolesNamedIn(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher role = ROLE_NAMES.matcher(lines.get(i));
                    if (role.find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** {@code Resource.method(Type)} for every resource method in {@code basePackage} that binds its body itself. */
    private static List<String> bodiesBoundBeforeTheServiceIn(String basePackage) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : ResourceClasses.in(basePackage)) {
            for (Method method : ResourceClasses.resourceMethods(type)) {
                ResourceClasses.body(method).map(Parameter::getType).filter(body -> !UNREAD_BODIES.contains(body))
                        .ifPresent(body -> found.add(type.getSimpleName() + "." + method.getName() + "("
                                + body.getSimpleName() + ")"));
            }
        }
        return found;
    }
}
