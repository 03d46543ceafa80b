package org.partnercenter.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the {@link StackUnderTest}: started (or found running) by the first class that asks,
 * kept in the root context's store so that every class shares it, and closed by JUnit, which stops it,
 * when the whole run is over.
 */
public final class LocalStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StackUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    /** The run's stack, for other extensions that build on it (a browser opened at its portal). */
    public static StackUnderTest stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(StackUnderTest.class, key -> {
            try {
                return StackUnderTest.startOrReuse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the local stack started", e);
            }
        }, StackUnderTest.class);
    }
}
