package org.partnercenter.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

/**
 * The house rules against the rating module, beside those of the other shared libraries (commons and events cannot
 * check themselves: this module depends on them); rating's classes come from its jar, a test dependency. Rating is pure:
 * pricing and billing both call it, and a replay must rate the same, so it reads no clock, no database and no
 * framework, only the JDK.
 */
class RatingHouseRulesTest extends HouseRulesContract {

    @Override
    protected String basePackage() {
        return "org.partnercenter.rating";
    }

    @Test
    void shouldDependOnlyOnTheJdkWhenAClassRates() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.partnercenter.rating..", "java..")
                .because("the one rating function is pure, shared by pricing and billing")
                .check(HouseRules.mainClassesIn(basePackage()));
    }
}
