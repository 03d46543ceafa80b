package org.partnercenter.commons.request;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the writes (POST, PUT, PATCH, DELETE) of a resource idempotent on the client's {@code MS-RequestId}:
 * the same id again answers the first result and changes nothing, even when both requests race. The SDKs
 * replay a write after a 5xx or a timeout with the same id, so without this a retry could create twice.
 * Annotated methods return {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentWrite {
}
