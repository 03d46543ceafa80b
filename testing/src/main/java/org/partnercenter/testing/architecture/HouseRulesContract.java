package org.partnercenter.testing.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every house rule against one module's main classes. A module's {@code HouseRulesTest} extends this in the
 * module's base package (the test's own), or names the package it checks when it lives elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HouseRulesContract {

    private JavaClasses classes;

    /** The module's base package, whose main classes the rules check. */
    protected String basePackage() {
        return getClass().getPackageName();
    }

    @BeforeAll
    void importMainClasses() {
        classes = HouseRules.mainClassesIn(basePackage());
        // Without classes every rule would pass: a wrong package must fail instead.
        assertFalse(classes.isEmpty(), "no main classes under " + basePackage() + " to check");
    }

    @Test
    void shouldCarryNoTransactionalWhenAClassIsAResource() {
        HouseRules.RESOURCES_CARRY_NO_TRANSACTION.check(classes);
    }

    @Test
    void shouldTouchNoPersistenceWhenAClassIsAResource() {
        HouseRules.RESOURCES_TOUCH_NO_PERSISTENCE.check(classes);
    }

    @Test
    void shouldNotDependOnResourcesWhenAClassIsNoResource() {
        HouseRules.SERVICES_DO_NOT_DEPEND_ON_RESOURCES.check(classes);
    }

    @Test
    void shouldReadTheTimeFromAClockWhenAClassProducesNoClock() {
        HouseRules.TIME_COMES_FROM_A_CLOCK.check(classes);
    }

    @Test
    void shouldDependOnNoOtherServiceWhenAClassBelongsToAService() {
        HouseRules.SERVICE_MODULES_ARE_INDEPENDENT.check(classes);
    }

    @Test
    void shouldSendEventsOnlyThroughTheOutboxWhenAClassIsNoOutboxRelay() {
        HouseRules.EVENTS_LEAVE_THROUGH_THE_OUTBOX.check(classes);
    }

    @Test
    void shouldNameNoManagerHelperOrUtilWhenAClassIsNamed() {
        HouseRules.NAMES_SAY_WHAT_A_CLASS_IS.check(classes);
    }
}
