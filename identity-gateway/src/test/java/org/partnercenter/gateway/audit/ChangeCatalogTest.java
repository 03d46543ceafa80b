package org.partnercenter.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeCatalogTest {

    private static final String CUSTOMER = "/v1/customers/33333333-3333-3333-3333-333333333333";

    @Test
    void shouldNameTheRealOperationWhenTheSdkVocabularyHasIt() {
        assertThat(ChangeCatalog.of("POST", "/v1/customers")).isEqualTo(change("customer", "add_customer",
                "add_customer"));
        assertThat(ChangeCatalog.of("PUT", CUSTOMER + "/profiles/billing")).isEqualTo(change("customer",
                "update_customer_billing_profile", "update_customer_billing_profile"));
        assertThat(ChangeCatalog.of("POST", CUSTOMER + "/orders")).isEqualTo(change("order", "create_order",
                "create_order"));
        assertThat(ChangeCatalog.of("PATCH", CUSTOMER + "/subscriptions/abc")).isEqualTo(change("subscription",
                "update_subscription", "update_subscription"));
        assertThat(ChangeCatalog.of("DELETE", "/v1/users/u-1/roles/admin_agent")).isEqualTo(change("partner_user",
                "update_partner_user", "revoke_partner_user_role"));
    }

    @Test
    void shouldPreferTheSpecificPathWhenTwoRulesShareAShape() {
        assertThat(ChangeCatalog.of("POST", "/v1/invoices/unbilled/exports").operationName())
                .isEqualTo("export_unbilled_reconciliation");
        assertThat(ChangeCatalog.of("POST", "/v1/servicerequests/supporttopics").operationName())
                .isEqualTo("create_support_topic");
        assertThat(ChangeCatalog.of("POST", "/v1/servicerequests/en-US").operationName())
                .isEqualTo("create_service_request");
    }

    @Test
    void shouldAnswerUndefinedNamedByMethodAndPathWhenNoRuleNamesTheWrite() {
        assertThat(ChangeCatalog.of("POST", "/v1/pricelists/v-1/publish"))
                .isEqualTo(change("undefined", "undefined", "POST /v1/pricelists/v-1/publish"));
    }

    @Test
    void shouldMatchPathsWhenTheyEndInASlashOrDifferInCase() {
        assertThat(ChangeCatalog.of("POST", "/v1/Customers/").operationName()).isEqualTo("add_customer");
    }

    private static AuditedChange change(String resource, String operation, String name) {
        return new AuditedChange(AuditResourceType.valueOf(resource.toUpperCase()),
                AuditOperationType.valueOf(operation.toUpperCase()), name);
    }
}
