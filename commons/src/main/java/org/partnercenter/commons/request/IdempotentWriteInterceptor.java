package org.partnercenter.commons.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;

/**
 * Runs an idempotent write and the record of its answer in one transaction, which the service's own
 * {@code @Transactional} joins: the change and the record commit together or not at all. Failed writes
 * leave no record, so a retry runs again. Ordered before {@code @Transactional}.
 */
@IdempotentWrite
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentWriteInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RequestIds ids;
    private final CallerContext callers;
    private final HttpServerRequest http;
    private final IdempotencyRecords records;
    private final ObjectMapper json;

    IdempotentWriteInterceptor(RequestIds ids, CallerContext callers, HttpServerRequest http,
            IdempotencyRecords records, ObjectMapper json) {
        this.ids = ids;
        this.callers = callers;
        this.http = http;
        this.records = records;
        this.json = json;
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String method = http.method().name();
        if (!WRITES.contains(method) || !ids.requestIdFromClient() || !isWriteEndpoint(invocation)) {
            return invocation.proceed();
        }
        if (invocation.getMethod().getReturnType() != Response.class) {
            throw new IllegalStateException("@IdempotentWrite methods return Response: " + invocation.getMethod());
        }
        String scope = callers.current().map(c -> c.partnerTenantId().toString()).orElse("anonymous");
        IdempotencyKey key = new IdempotencyKey(scope, ids.requestId(), method, http.path());
        try {
            return claimAndProceed(invocation, key);
        } catch (QuarkusTransactionException wrapped) {
            // The transaction wraps what the endpoint threw (malformed JSON it read itself, say): the mappers
            // must see the original, or every such failure answers 500.
            if (wrapped.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

    private Object claimAndProceed(InvocationContext invocation, IdempotencyKey key) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> first = records.claim(key);
            if (first.isPresent()) {
                return replay(key, first.get());
            }
            Response response = (Response) invocation.proceed();
            if (response.getStatus() >= 500) {
                QuarkusTransaction.setRollbackOnly();
                return response;
            }
            String body = response.hasEntity()
                    ? json.writerWithView(ReplayViews.Stored.class).writeValueAsString(response.getEntity())
                    : null;
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            records.complete(key, response.getStatus(), body, location);
            return response;
        });
    }

    /** The binding covers every method of the resource; only its write endpoints are idempotency scopes. */
    private static boolean isWriteEndpoint(InvocationContext invocation) {
        for (var annotation : invocation.getMethod().getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null && WRITES.contains(designator.value())) {
                return true;
            }
        }
        return false;
    }

    private static Response replay(IdempotencyKey key, StoredResponse first) {
        if (!first.method().equals(key.method()) || !first.path().equals(key.path())) {
            throw ApiException.conflict("MS-RequestId " + key.requestId() + " was already used for "
                    + first.method() + " " + first.path() + ". Send a new MS-RequestId for a new operation.");
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header("MS-Idempotent-Replay", "true");
        if (first.body() != null) {
            replay.entity(first.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (first.location() != null) {
            replay.header("Location", first.location());
        }
        return replay.build();
    }
}
