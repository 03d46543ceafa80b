package org.partnercenter.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

/**
 * The house rules against the events module's contracts. It lives here for the reason {@link CommonsHouseRulesTest}
 * does: this module depends on events, so events' own tests cannot use the rules. The contracts also stand alone:
 * every service and commons read them, so they must not pull any of them (or any library) in.
 */
class EventsHouseRulesTest extends HouseRulesContract {

    @Override
    protected String basePackage() {
        return "org.partnercenter.events";
    }

    @Test
    void shouldDependOnlyOnTheJdkWhenAClassIsAnEventContract() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.partnercenter.events..", "java..")
                .because("producers and consumers share the contracts and nothing else")
                .check(HouseRules.mainClassesIn(basePackage()));
    }
}
