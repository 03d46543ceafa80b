package org.partnercenter.gateway.audit;

import java.util.Map;
import java.util.Set;
import org.partnercenter.commons.query.SearchOperator;

/**
 * What {@code GET /v1/auditrecords?filter=} can search by: the SDKs' {@code AuditRecordSearchField}, each with the
 * operator the SDKs' samples send for it ({@code substring} for a company name, {@code equals} otherwise).
 */
enum AuditSearchField {
    COMPANY_NAME,
    CUSTOMER_ID,
    RESOURCE_TYPE;

    static final Map<AuditSearchField, Set<SearchOperator>> OPERATORS = Map.of(
            COMPANY_NAME, Set.of(SearchOperator.SUBSTRING),
            CUSTOMER_ID, Set.of(SearchOperator.EQUALS),
            RESOURCE_TYPE, Set.of(SearchOperator.EQUALS));
}
