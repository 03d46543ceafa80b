package org.partnercenter.customer;

import org.partnercenter.testing.AccessRulesContract;

/** This service checks callers with commons' role sets only, and reads no body before its check. */
class AccessRulesTest extends AccessRulesContract {

    @Override
    protected String basePackage() {
        return "org.partnercenter.customer";
    }
}
