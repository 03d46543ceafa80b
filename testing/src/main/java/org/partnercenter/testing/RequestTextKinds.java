package org.partnercenter.testing;

import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.request.Body;

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
        return of(ResourceClasses.in(basePackage).toArray(Class<?>[]::new));
    }

    public static RequestTextKinds of(Class<?>... resources) {
        RequestTextKinds kinds = new RequestTextKinds();
        for (Class<?> resource : resources) {
            for (Method method : ResourceClasses.resourceMethods(resource)) {
                ResourceClasses.body(method).map(RequestTextKinds::bodyType).filter(Class::isRecord)
                        .ifPresent(body -> kinds.record(body, body.getSimpleName()));
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

    /** The type bound from the body: {@code T} of a {@link Body Body<T>} the service reads, or the type itself. */
    private static Class<?> bodyType(Parameter parameter) {
        if (parameter.getType() == Body.class && parameter.getParameterizedType() instanceof ParameterizedType body
                && body.getActualTypeArguments()[0] instanceof Class<?> type) {
            return type;
        }
        return parameter.getType();
    }
}
