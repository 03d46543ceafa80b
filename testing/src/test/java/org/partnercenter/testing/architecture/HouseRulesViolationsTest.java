package org.partnercenter.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercenter.customer.fixture.ReachesIntoBilling;
import org.partnercenter.customer.fixture.UsesShared;
import org.partnercenter.testing.architecture.fixture.ClockProducer;
import org.partnercenter.testing.architecture.fixture.OrderManager;
import org.partnercenter.testing.architecture.fixture.OrderResource;
import org.partnercenter.testing.architecture.fixture.OrderService;
import org.partnercenter.testing.architecture.fixture.OutgoingChannel;
import org.partnercenter.testing.architecture.fixture.ReadsAClock;
import org.partnercenter.testing.architecture.fixture.ReadsTheWallClock;
import org.partnercenter.testing.architecture.fixture.SendsStraightToKafka;
import org.partnercenter.testing.architecture.fixture.SendsThroughAnEmitter;
import org.partnercenter.testing.architecture.fixture.StringUtils;
import org.partnercenter.testing.architecture.fixture.TransactionalResource;

/** Each house rule fails on a class that breaks it, naming where, and passes the classes that keep it. */
class HouseRulesViolationsTest {

    @Test
    void shouldNameTheMethodAndTheClassWhenAResourceIsTransactional() {
        List<String> violations = violations(HouseRules.RESOURCES_CARRY_NO_TRANSACTION,
                OrderResource.class, TransactionalResource.class, OrderService.class);

        assertThat(violations).hasSize(2).anyMatch(v -> v.contains("OrderResource.place(")
                && v.contains("@Transactional") && v.contains("OrderResource.java"))
                .anyMatch(v -> v.startsWith("Class <" + TransactionalResource.class.getName()));
    }

    @Test
    void shouldNameEachCallWhenAResourceTouchesEntities() {
        List<String> violations = violations(HouseRules.RESOURCES_TOUCH_NO_PERSISTENCE,
                OrderResource.class, OrderResource.Order.class);

        assertThat(violations).hasSize(2).anyMatch(v -> v.contains("EntityManager.persist("))
                .anyMatch(v -> v.contains("OrderResource$Order.findById("));
    }

    @Test
    void shouldNameTheDependencyWhenAServiceUsesAResource() {
        List<String> violations = violations(HouseRules.SERVICES_DO_NOT_DEPEND_ON_RESOURCES,
                OrderService.class, OrderResource.class, OrderResource.Order.class);

        assertThat(violations).isNotEmpty().allMatch(v -> v.contains("OrderService.firstOrder("));
    }

    @Test
    void shouldNameEveryReadingWhenAClassReadsTheSystemTimeWithoutAClock() {
        List<String> violations = violations(HouseRules.TIME_COMES_FROM_A_CLOCK, ReadsTheWallClock.class,
                ReadsAClock.class, ClockProducer.class);

        assertThat(violations).hasSize(5).allMatch(v -> v.contains("ReadsTheWallClock.now()"))
                .anyMatch(v -> v.contains("calls method <java.time.Instant.now()>"))
                .anyMatch(v -> v.contains("references method <java.time.Instant.now()>"))
                .anyMatch(v -> v.contains("java.time.LocalDate.now(java.time.ZoneId)"))
                .anyMatch(v -> v.contains("java.lang.System.currentTimeMillis()"))
                .anyMatch(v -> v.contains("java.util.Date.<init>()"));
    }

    @Test
    void shouldNameTheOtherServiceWhenAServiceUsesItsClasses() {
        List<String> violations = violations(HouseRules.SERVICE_MODULES_ARE_INDEPENDENT,
                ReachesIntoBilling.class, UsesShared.class);

        assertThat(violations).isNotEmpty().allMatch(v -> v.startsWith("service module customer reaches into billing")
                && v.contains("ReachesIntoBilling.lastInvoice("));
    }

    @Test
    void shouldNameEachSenderWhenAClassPublishesBesideTheOutbox() {
        List<String> violations = violations(HouseRules.EVENTS_LEAVE_THROUGH_THE_OUTBOX,
                SendsStraightToKafka.class, SendsThroughAnEmitter.class, OutgoingChannel.class, ReadsAClock.class);

        assertThat(violations).anyMatch(v -> v.contains("org.apache.kafka.clients.producer.Producer.send("))
                .anyMatch(v -> v.contains("org.eclipse.microprofile.reactive.messaging.Emitter.send("))
                .anyMatch(v -> v.contains("io.smallrye.reactive.messaging.MutinyEmitter.sendAndForget("))
                .anyMatch(v -> v.contains("OutgoingChannel.next()") && v.contains("Outgoing"))
                .noneMatch(v -> v.contains("ReadsAClock"));
    }

    @Test
    void shouldNameTheClassWhenItsNameEndsInManagerOrUtils() {
        List<String> violations = violations(HouseRules.NAMES_SAY_WHAT_A_CLASS_IS,
                OrderManager.class, StringUtils.class, OrderService.class);

        assertThat(violations).hasSize(2).anyMatch(v -> v.contains(OrderManager.class.getName()))
                .anyMatch(v -> v.contains(StringUtils.class.getName()));
    }

    private static List<String> violations(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        EvaluationResult result = rule.evaluate(classes);
        List<String> details = result.getFailureReport().getDetails();
        // The message a developer reads when the build fails: the rule, its reason, and each place.
        assertThat(result.getFailureReport().toString()).isNotEmpty();
        return details;
    }
}
