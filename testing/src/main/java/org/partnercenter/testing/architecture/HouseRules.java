package org.partnercenter.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules (STYLE.md) that the build checks, one set for every module: each module's {@code HouseRulesTest}
 * checks its main classes against all of them through {@link HouseRulesContract}. Test code is out of scope. A rule
 * that a module breaks is fixed in that module's code, never waived here.
 */
public final class HouseRules {

    public static final ArchRule RESOURCES_CARRY_NO_TRANSACTION = classes().that(ClassRoles.RESOURCES)
            .should(HouseConditions.carryNoTransactional()).allowEmptyShould(true)
            .because("the service behind a resource holds the transaction boundary");

    public static final ArchRule RESOURCES_TOUCH_NO_PERSISTENCE = classes().that(ClassRoles.RESOURCES)
            .should(HouseConditions.callNoPersistence()).allowEmptyShould(true)
            .because("a resource parses, calls one service method and maps the result; entities are the service's");

    public static final ArchRule SERVICES_DO_NOT_DEPEND_ON_RESOURCES = noClasses()
            .that(not(ClassRoles.RESOURCES).as("are no resources"))
            .should().dependOnClassesThat(ClassRoles.RESOURCES).allowEmptyShould(true)
            .because("the HTTP layer sits on top: services, entities and consumers know nothing of it");

    /*
     * System.nanoTime() stays allowed: it is a monotonic stopwatch for durations and deadlines, never a date, and no
     * Clock can stand in for it. Clock.systemUTC() is allowed too: it names the clock it reads, where a producer or
     * a static test fixture (whose tokens the services check against the system time) needs one.
     */
    public static final ArchRule TIME_COMES_FROM_A_CLOCK = classes()
            .that(not(ClassRoles.CLOCK_PRODUCERS).as("produce no Clock"))
            .should(HouseConditions.readTimeOnlyFromAClock())
            .because("time comes from an injectable Clock, so tests can set it (only a clock producer reads the"
                    + " system's); System.nanoTime() measures durations and is allowed");

    public static final ArchRule SERVICE_MODULES_ARE_INDEPENDENT = classes()
            .should(HouseConditions.dependOnNoOtherServiceModule())
            .because("services share only commons, testing and events; the rest is their own");

    public static final ArchRule EVENTS_LEAVE_THROUGH_THE_OUTBOX = noClasses()
            .that(not(ClassRoles.OUTBOX_RELAY.or(ClassRoles.STAND_IN_PUBLISHER))
                    .as("are not commons' outbox relay or the test kit's stand-in publisher"))
            .should().dependOnClassesThat(ClassRoles.MESSAGE_SENDERS)
            .because("an event is written to the outbox in the transaction that changed the data, and only the"
                    + " outbox relay sends it on, so no commit loses its event and no rollback sends one");

    public static final ArchRule NAMES_SAY_WHAT_A_CLASS_IS = noClasses().should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("a name in the domain's words says what a class is; Manager, Helper and Util say nothing");

    private HouseRules() {
    }

    /** The main classes (not tests) under {@code basePackage} on the classpath, from directories and jars. */
    public static JavaClasses mainClassesIn(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }
}
