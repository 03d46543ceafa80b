package org.partnercenter.testing;

import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The resource methods compiled into a module, and the parameter each binds from the request body. */
final class ResourceClasses {

    private ResourceClasses() {
    }

    /** Every class compiled into {@code basePackage} (main and test classes). */
    static List<Class<?>> in(String basePackage) {
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

    /** The methods of {@code type} that answer an HTTP method. */
    static List<Method> resourceMethods(Class<?> type) {
        return Stream.of(type.getDeclaredMethods()).filter(ResourceClasses::isResourceMethod).toList();
    }

    /** The entity parameter: the one bound from no path, query, header, cookie, form or context. */
    static Optional<Parameter> body(Method method) {
        return Stream.of(method.getParameters()).filter(ResourceClasses::isBody).findFirst();
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String from = annotation.annotationType().getPackageName();
            if (from.startsWith("jakarta.ws.rs") || from.startsWith("org.jboss.resteasy.reactive")) {
                return false;
            }
        }
        return true;
    }
}
