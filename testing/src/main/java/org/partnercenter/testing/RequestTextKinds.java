package org.partnercenter.testing;

import jakarta.validation.Valid;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.partnercenter.commons.input.Text;

/**
 * Finds every record a resource method takes as its body (and the records inside it) and lists each String in them
 * without a declared {@link Text} kind, and each nested record not marked {@link Valid} (whose kinds would then go
 * unchecked). A module's test asserts that the list is empty, so a new request field cannot go unbounded.
 */
public final class RequestTextKinds {

    private final Set<Class<?>> bodies = new LinkedHashSet<>();
    private final List<String> undeclared = new ArrayList<>();

    private RequestTextKinds() {
    }

    /** The request bodies of every resource class compiled into {@code basePackage} (main and test classes). */
    public static RequestTextKinds inPackage(String basePackage) {
        return of(classesIn(basePackage).toArray(Class<?>[]::new));
    }

    public static RequestTextKinds of(Class<?>... resources) {
        RequestTextKinds kinds = new RequestTextKinds();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isResourceMethod(method)) {
                    for (Parameter parameter : method.getParameters()) {
                        if (isBody(parameter) && parameter.getType().isRecord()) {
                            kinds.record(parameter.getType(), parameter.getType().getSimpleName());
                        }
                    }
                }
            }
        }
        return kinds;
    }

    /** The record types taken as request bodies, found directly or inside another one. */
    public Set<Class<?>> bodies() {
        return Collections.unmodifiableSet(bodies);
    }

    /** {@code Type.field: why}, one for each String without a kind and each nested record without @Valid. */
    public List<String> undeclared() {
        return List.copyOf(undeclared);
    }

    private void record(Class<?> type, String name) {
        if (!bodies.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            check(component.getAnnotatedType(), name + "." + component.getName());
        }
    }

    private void check(AnnotatedType type, String where) {
        if (type.getType() == String.class && !type.isAnnotationPresent(Text.class)) {
            undeclared.add(where + ": a String without @Text(kind)");
        } else if (type instanceof AnnotatedParameterizedType generic) {
            for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                check(argument, where + "<>");
            }
        } else if (type instanceof AnnotatedArrayType array) {
            check(array.getAnnotatedGenericComponentType(), where + "[]");
        } else if (type.getType() instanceof Class<?> nested && nested.isRecord()) {
            if (!type.isAnnotationPresent(Valid.class)) {
                undeclared.add(where + ": a nested record without @Valid, so its kinds are never checked");
            }
            record(nested, nested.getSimpleName());
        }
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /** The entity parameter: the one bound from no path, query, header, cookie, form or context. */
    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String from = annotation.annotationType().getPackageName();
            if (from.startsWith("jakarta.ws.rs") || from.startsWith("org.jboss.resteasy.reactive")) {
                return false;
            }
        }
        return true;
    }

    private static List<Class<?>> classesIn(String basePackage) {
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            for (URL root : Collections.list(loader.getResources(basePackage.replace('.', '/')))) {
                if (!"file".equals(root.getProtocol())) {
                    continue;
                }
                Path base = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(base)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String relative = base.relativize(file).toString().replace('/', '.');
                        String name = basePackage + "." + relative.substring(0, relative.length() - ".class".length());
                        classes.add(Class.forName(name, false, loader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the classes of " + basePackage, e);
        }
        return classes;
    }
}
