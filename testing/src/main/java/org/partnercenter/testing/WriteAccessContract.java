package org.partnercenter.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;

/**
 * DESIGN.md's role matrix for a service's writes, sent with bodies no one may send: every partner role of one
 * partner, an indirect reseller's global admin and both operator roles, each with an invalid body, with JSON that
 * does not parse and with none at all. A caller the write's {@link Access} set leaves out must get 403 whatever it
 * sent, never a 400 that names the fields; a caller it lets in must get the 400 (so the bodies are bad and the
 * service reads them after its check). A service's {@code WriteAccessTest} extends this with its writes.
 */
public abstract class WriteAccessContract {

    private static final String RESELLER_REFUSAL = "Indirect resellers do not have ";

    /** One write: where it goes, who may send it, and a body that is bad for everyone. */
    public record Write(String method, String path, String contentType, Set<String> allowed, String invalidBody,
            String malformedBody, boolean resellersRefused, int allowedStatus) {

        public static Write json(String method, String path, Set<String> allowed, String invalidBody) {
            return new Write(method, path, "application/json", allowed, invalidBody, "{\"items\": [1, ", false, 400);
        }

        /** A body of another kind (CSV), whose malformed form is its own. */
        public Write as(String otherContentType, String malformed) {
            return new Write(method, path, otherContentType, allowed, invalidBody, malformed, resellersRefused,
                    allowedStatus);
        }

        /** Resellers are sent to their provider's solution before their role is looked at. */
        public Write notForResellers() {
            return new Write(method, path, contentType, allowed, invalidBody, malformedBody, true, allowedStatus);
        }

        /** What a caller with the right gets for the bad bodies, when it is not 400 (a 404 for an unknown parent). */
        public Write answeringAllowed(int status) {
            return new Write(method, path, contentType, allowed, invalidBody, malformedBody, resellersRefused, status);
        }
    }

    /** The service's base package (the test's own), whose resource classes name the writes the table must send. */
    protected String basePackage() {
        return getClass().getPackageName();
    }

    /**
     * The partner whose users (one per role) send the writes: the owner of any ids in their paths. By default a new
     * partner that owns nothing, for a service whose writes need no existing resource.
     */
    protected UUID partnerTenantId() {
        return UUID.randomUUID();
    }

    /** Every write of the service with a body, with ids of {@link #partnerTenantId()}'s where it matters. */
    protected abstract List<Write> writes();

    @Test
    void shouldRefuseACallerWithoutTheRightWhateverBodyItSends() {
        assertThat(mismatches(partnerTenantId(), writes())).isEmpty();
    }

    @Test
    void shouldSendEveryWriteWithABodyWhenTheMatrixRuns() {
        assertThat(uncovered(basePackage(), writes())).isEmpty();
    }

    /** Each answer that differs from the matrix, as {@code METHOD path as role, body: got, expected}. */
    private static List<String> mismatches(UUID partnerTenantId, List<Write> writes) {
        List<Caller> callers = new ArrayList<>();
        Access.PARTNER_ROLES.stream().sorted().forEach(role -> callers.add(caller(partnerTenantId, PartnerType.DIRECT,
                role)));
        callers.add(caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN));
        Access.OPERATOR_ROLES.stream().sorted().forEach(role -> callers.add(caller(UUID.randomUUID(),
                PartnerType.OPERATOR, role)));
        List<String> found = new ArrayList<>();
        for (Write write : writes) {
            for (Caller caller : callers) {
                check(write, caller, "an invalid body", write.invalidBody(), found);
                check(write, caller, "malformed " + write.contentType(), write.malformedBody(), found);
                check(write, caller, "no body", "", found);
            }
        }
        return found;
    }

    /** Each write with a body among the resource methods in {@code basePackage} that no row of the table sends. */
    private static List<String> uncovered(String basePackage, List<Write> writes) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : ResourceClasses.in(basePackage)) {
            for (Method method : ResourceClasses.resourceMethods(type)) {
                String verb = httpMethod(method);
                String template = path(type) + path(method);
                String pattern = template.replaceAll("\\{[^}]+}", "[^/]+");
                boolean sent = writes.stream().anyMatch(w -> w.method().equals(verb)
                        && w.path().replaceAll("\\?.*", "").matches(pattern));
                if (ResourceClasses.body(method).isPresent() && !sent) {
                    found.add(verb + " " + template);
                }
            }
        }
        return found;
    }

    private static void check(Write write, Caller caller, String bodyKind, String body, List<String> found) {
        Response response = given().auth().oauth2(TestTokens.sign(caller)).contentType(write.contentType())
                .body(body).request(write.method(), write.path());
        String role = String.join(",", caller.roles()) + (caller.partnerType() == PartnerType.INDIRECT_RESELLER
                ? " (reseller)" : "");
        boolean reseller = caller.partnerType() == PartnerType.INDIRECT_RESELLER && write.resellersRefused();
        boolean allowed = !reseller && caller.roles().stream().anyMatch(write.allowed()::contains);
        int status = response.statusCode();
        String description = field(response, "description");
        String expected = allowed ? String.valueOf(write.allowedStatus())
                : reseller ? "403 sending the reseller to its provider" : "403 with code 900150";
        boolean right = allowed ? status == write.allowedStatus()
                : status == 403 && (reseller ? description != null && description.startsWith(RESELLER_REFUSAL)
                        : "900150".equals(field(response, "code")));
        if (!right) {
            found.add(write.method() + " " + write.path() + " as " + role + ", " + bodyKind + ": " + status + " "
                    + description + "; expected " + expected);
        }
    }

    /** A field of the error shape, or null when the answer is not one. */
    private static String field(Response response, String name) {
        try {
            return response.jsonPath().getString(name);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static Caller caller(UUID tenantId, PartnerType type, String role) {
        return new Caller(tenantId, type, UUID.randomUUID().toString(), "user@partner.test", Set.of(role), false);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        throw new IllegalArgumentException(method + " is not a resource method");
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
