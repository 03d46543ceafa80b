package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.ApiOperations;
import org.partnercenter.e2e.support.ApiOperations.ApiOperation;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.MatrixAnswers;
import org.partnercenter.e2e.support.OtherPartner;
import org.partnercenter.e2e.support.ResourceIds;
import org.partnercenter.e2e.support.RoleCallers;
import org.partnercenter.e2e.support.RoleCallers.RoleCaller;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.WriteBodies;

/**
 * DESIGN.md's role matrix, cell by cell, against the running gateway: every operation of {@link ApiOperations}
 * (with its {@code Access} role set) × each partner role in a direct partner, an indirect provider and a
 * reseller × the operator's roles, on the caller's own ids: 403 (900150, or the reseller message) where the
 * matrix forbids, neither 401 nor 403 where it allows. Then, with full rights, another partner's ids: 404 with
 * nothing of that partner in the body. Matrix writes send {@code {}}, those with another partner's ids a valid
 * body; deletes and suspensions on the caller's own side name ids that do not exist.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIT {

    private static final int CONCURRENT_CALLERS = 4;

    private final StackUnderTest stack;
    /** Made once for the class: both tables call as the same users. */
    private List<RoleCaller> callers;

    AuthorizationIT(StackUnderTest stack) {
        this.stack = stack;
    }

    private List<RoleCaller> callers() {
        if (callers == null) {
            callers = RoleCallers.create(stack);
        }
        return callers;
    }

    @TestFactory
    Stream<DynamicTest> shouldAllowExactlyTheMatrixRolesWhenEveryRoleOfEveryPartnerTypeCallsEveryOperation() {
        List<RoleCaller> callers = callers();
        return ApiOperations.ALL.stream().map(operation -> dynamicTest(operation.toString(), () -> {
            List<String> wrong = eachAtOnce(callers, caller -> {
                Response answer = send(operation, caller.user(), operation.destructive()
                        ? new ResourceIds(Map.of()) : caller.ownIds(), Map.of());
                Optional<String> expected = MatrixAnswers.expectedRefusal(operation, caller.isReseller(), caller.role());
                boolean right = expected.isPresent() ? MatrixAnswers.refused(operation, answer, expected.get())
                        : !isAuthRefusal(answer.statusCode());
                return right ? List.of() : List.of(caller + " expected " + expected.orElse("neither 401 nor 403")
                        + ", got " + answer.statusCode() + " " + answer.asString());
            });
            assertThat(wrong).as(operation + ": answers against the matrix").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswer404WithNothingOfTheOwnerWhenAFullRightsCallerUsesAnotherPartnersIds() {
        OtherPartner owner = OtherPartner.create(stack);
        List<RoleCaller> strangers = callers().stream()
                .filter(c -> c.role().equals(GLOBAL_ADMIN)).toList();
        return ApiOperations.ALL.stream().filter(OtherPartner::namesOwnedIds).map(operation -> dynamicTest(
                operation.toString(), () -> {
                    List<String> wrong = eachAtOnce(strangers, stranger -> {
                        Response answer = send(operation, stranger.user(), owner.ids(), WriteBodies.validFor(
                                operation.method(), operation.template(), owner.ids()).orElse(Map.of()));
                        Optional<String> refusal = MatrixAnswers.expectedRefusal(operation, stranger.isReseller(), GLOBAL_ADMIN);
                        boolean right = refusal.isPresent() ? MatrixAnswers.refused(operation, answer, refusal.get())
                                : answer.statusCode() == 404;
                        List<String> problems = new ArrayList<>();
                        owner.secretsIn(answer.asString()).forEach(secret -> problems.add(stranger + " saw " + secret));
                        if (!right) {
                            problems.add(stranger + " expected " + refusal.orElse("404") + ", got "
                                    + answer.statusCode() + " " + answer.asString());
                        }
                        return problems;
                    });
                    assertThat(wrong).as(operation + " with another partner's ids").isEmpty();
                }));
    }

    @Test
    void shouldListEveryDocumentedOperationWhenTheMergedOpenApiIsRead() {
        Map<String, Map<String, Object>> paths = stack.gateway().anonymous().get("/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((template, methods) -> methods.keySet().stream()
                .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                .filter(method -> ApiOperations.find(method, template).isEmpty() && template.startsWith("/v1/"))
                .forEach(method -> missing.add(method.toUpperCase() + " " + template)));
        assertThat(missing).as("documented operations the matrix table does not list").isEmpty();
    }

    /** Runs {@code check} for every caller, a few at a time (the calls are independent), in the callers' order. */
    private static List<String> eachAtOnce(List<RoleCaller> callers, Function<RoleCaller, List<String>> check)
            throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(CONCURRENT_CALLERS);
        try {
            return pool.submit(() -> callers.parallelStream().flatMap(c -> check.apply(c).stream()).toList()).get();
        } finally {
            pool.shutdown();
        }
    }

    private static boolean isAuthRefusal(int status) {
        return status == 401 || status == 403;
    }

    /** Writes carry {@code body} and a stale etag, so that they are refused before they change anything. */
    private Response send(ApiOperation operation, TestUser user, ResourceIds ids, Object body) {
        RequestSpecification request = stack.gateway().as(user);
        if (!List.of("GET", "HEAD", "DELETE").contains(operation.method())) {
            request.body(body).header("If-Match", "\"stale\"");
        }
        return request.request(operation.method(), ids.fill(operation.template()));
    }
}
