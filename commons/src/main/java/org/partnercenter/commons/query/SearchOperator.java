package org.partnercenter.commons.query;

/** The operators of the real API's search filter; it documents only {@code starts_with}. */
public enum SearchOperator {
    STARTS_WITH
}
