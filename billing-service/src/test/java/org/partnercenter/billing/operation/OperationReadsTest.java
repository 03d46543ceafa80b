package org.partnercenter.billing.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/** An operation's life as its starter polls it: running, then succeeded or failed, every field of each. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class OperationReadsTest {

    static final String PATH = "/v1/operations/";
    private static final Instant STARTED = Instant.parse("2031-04-02T02:00:00Z");
    private static final Map<String, Object> CLOSE_MARCH = Map.of("billingPeriod", "2031-03");

    @Inject
    AdjustableClock clock;
    @Inject
    Operations operations;
    @Inject
    OperationAnswers answers;

    private final Caller billingAdmin = caller(UUID.randomUUID(), PartnerType.DIRECT, Roles.BILLING_ADMIN);

    @BeforeEach
    void startOfApril2031() {
        clock.set(STARTED);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAnswerRunningWithRetryAfterAndNoOutcomeWhenTheOperationStillRuns() {
        Operation operation = operations.start(OperationKind.BILLING_PERIOD_CLOSE, billingAdmin, CLOSE_MARCH);
        clock.advance(Duration.ofSeconds(40));
        operations.touch(operation.id);

        as(billingAdmin).get(PATH + operation.id).then().statusCode(200)
                .header("Retry-After", "5")
                .body("$", aMapWithSize(5))
                .body("id", equalTo(operation.id.toString()))
                .body("status", equalTo("running"))
                .body("createdDateTime", equalTo("2031-04-02T02:00:00Z"))
                .body("lastActionDateTime", equalTo("2031-04-02T02:00:40Z"))
                .body("resourceLocation", nullValue())
                .body("error", nullValue())
                .body("attributes.objectType", equalTo("Operation"));
    }

    @Test
    void shouldAnswerWhereTheResultIsWithoutRetryAfterWhenTheOperationSucceeded() {
        Operation operation = operations.start(OperationKind.BILLING_PERIOD_CLOSE, billingAdmin, CLOSE_MARCH);
        clock.advance(Duration.ofMinutes(3));
        operations.succeed(operation.id, "/invoices?filter=2031-03");

        as(billingAdmin).get(PATH + operation.id).then().statusCode(200)
                .header("Retry-After", nullValue())
                .body("$", aMapWithSize(6))
                .body("id", equalTo(operation.id.toString()))
                .body("status", equalTo("succeeded"))
                .body("createdDateTime", equalTo("2031-04-02T02:00:00Z"))
                .body("lastActionDateTime", equalTo("2031-04-02T02:03:00Z"))
                .body("resourceLocation", equalTo("/invoices?filter=2031-03"))
                .body("error", nullValue())
                .body("attributes.objectType", equalTo("Operation"));
    }

    @Test
    void shouldAnswerTheErrorWithoutRetryAfterWhenTheOperationFailed() {
        Operation operation = operations.start(OperationKind.BILLING_PERIOD_CLOSE, billingAdmin, CLOSE_MARCH);
        clock.advance(Duration.ofSeconds(7));
        operations.fail(operation.id, "invariantViolated", "Invoice subtotal differs from its line items by 0.01.");

        as(billingAdmin).get(PATH + operation.id).then().statusCode(200)
                .header("Retry-After", nullValue())
                .body("$", aMapWithSize(6))
                .body("id", equalTo(operation.id.toString()))
                .body("status", equalTo("failed"))
                .body("createdDateTime", equalTo("2031-04-02T02:00:00Z"))
                .body("lastActionDateTime", equalTo("2031-04-02T02:00:07Z"))
                .body("resourceLocation", nullValue())
                .body("error.code", equalTo("invariantViolated"))
                .body("error.message", equalTo("Invoice subtotal differs from its line items by 0.01."))
                .body("attributes.objectType", equalTo("Operation"));
    }

    @Test
    void shouldAnswer202WithLocationAndRetryAfterWhenACloseStartsAnOperation() {
        Operation operation = operations.start(OperationKind.BILLING_PERIOD_CLOSE, billingAdmin, CLOSE_MARCH);

        try (Response answer = answers.accepted(operation)) {
            assertThat(answer.getStatus()).isEqualTo(202);
            assertThat(answer.getLocation()).hasToString("/v1/operations/" + operation.id);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(((OperationView) answer.getEntity()).status()).isEqualTo("running");
        }
    }

    @Test
    void shouldRefuseToFinishAnOperationTwiceWhenItHasAnOutcome() {
        Operation operation = operations.start(OperationKind.BILLING_PERIOD_CLOSE, billingAdmin, CLOSE_MARCH);
        operations.succeed(operation.id, "/invoices");

        assertThatThrownBy(() -> operations.fail(operation.id, "late", "too late"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not running");
        as(billingAdmin).get(PATH + operation.id).then().statusCode(200).body("status", equalTo("succeeded"));
    }
}
