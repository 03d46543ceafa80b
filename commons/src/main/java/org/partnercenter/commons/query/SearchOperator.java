package org.partnercenter.commons.query;

/**
 * The operators of the real API's search filter that a collection may accept (each states which, per field): the
 * SDKs' {@code FieldFilterOperation} values we implement. The .NET SDK writes them in snake case ({@code equals},
 * {@code starts_with}), the Java SDK in PascalCase ({@code Equals}, {@code StartsWith}); both are read.
 */
public enum SearchOperator {
    EQUALS,
    SUBSTRING,
    STARTS_WITH
}
