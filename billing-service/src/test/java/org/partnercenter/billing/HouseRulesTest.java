package org.partnercenter.billing;

import org.partnercenter.testing.architecture.HouseRulesContract;

/** The house rules against this module's main classes (those under this test's package). */
class HouseRulesTest extends HouseRulesContract {
}
