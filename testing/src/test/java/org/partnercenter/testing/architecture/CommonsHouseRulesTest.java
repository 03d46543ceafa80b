package org.partnercenter.testing.architecture;

/**
 * The house rules against commons' main classes. It lives here, not in commons: the rules live in this module,
 * which depends on commons, so a test in commons cannot use them; this test imports commons' classes (its jar on
 * this module's classpath) by package instead.
 */
class CommonsHouseRulesTest extends HouseRulesContract {

    @Override
    protected String basePackage() {
        return "org.partnercenter.commons";
    }
}
