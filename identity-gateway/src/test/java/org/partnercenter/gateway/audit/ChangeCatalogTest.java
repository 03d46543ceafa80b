package org.partnercenter.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void shouldNameOneResourceTypeWhenSeveralRulesMatchOneWrite() {
        // Why the audit log's ResourceType filter can search by "any rule of the type matches" in SQL: the type of
        // the first matching rule is then the type of every matching one.
        List<String> conflicts = new ArrayList<>();
        List<ChangeCatalog.Rule> rules = ChangeCatalog.rules();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                ChangeCatalog.Rule one = rules.get(i);
                ChangeCatalog.Rule other = rules.get(j);
                if (one.overlaps(other) && one.change().resourceType() != other.change().resourceType()) {
                    conflicts.add(one.change().operationName() + " / " + other.change().operationName());
                }
            }
        }

        assertThat(conflicts).isEmpty();
    }

    @Test
    void shouldTellOverlappingRulesWhenTheySharePathShapesOnly() {
        List<ChangeCatalog.Rule> rules = ChangeCatalog.rules();
        ChangeCatalog.Rule unbilled = named(rules, "export_unbilled_reconciliation");
        ChangeCatalog.Rule invoice = named(rules, "export_invoice_reconciliation");
        ChangeCatalog.Rule order = named(rules, "create_order");

        assertThat(unbilled.overlaps(invoice)).isTrue();
        assertThat(unbilled.overlaps(order)).isFalse();
    }

    @Test
    void shouldMatchTheTypesRulesAsOneRegularExpressionWhenTranslatedForSql() {
        Map<String, Object> parameters = new HashMap<>();

        String condition = ChangeCatalog.resourceTypeCondition(AuditResourceType.ORDER, "type", parameters);

        assertThat(condition).startsWith("regexp_like(").endsWith(", :type)");
        assertThat(parameters.get("type"))
                .isEqualTo("^(POST /v1/customers/[^/]*/orders|PATCH /v1/customers/[^/]*/orders/[^/]*)$");
        assertThat(ChangeCatalog.resourceTypeCondition(AuditResourceType.UNDEFINED, "type", parameters))
                .startsWith("not regexp_like(");
    }

    @Test
    void shouldLowerOnlyAsciiLettersWhenMatchingAPath() {
        // The SQL translation lowers A-Z only, and so does the catalogue: an "İ" is no "i" to either.
        assertThat(ChangeCatalog.of("POST", "/v1/appl\u0130cations").operationName())
                .isEqualTo("POST /v1/appl\u0130cations");
    }

    private static ChangeCatalog.Rule named(List<ChangeCatalog.Rule> rules, String name) {
        return rules.stream().filter(r -> r.change().operationName().equals(name)).findFirst().orElseThrow();
    }

    private static AuditedChange change(String resource, String operation, String name) {
        return new AuditedChange(AuditResourceType.valueOf(resource.toUpperCase()),
                AuditOperationType.valueOf(operation.toUpperCase()), name);
    }
}
