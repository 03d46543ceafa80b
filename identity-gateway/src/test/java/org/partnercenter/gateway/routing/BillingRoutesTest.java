package org.partnercenter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/**
 * Billing periods and payments are the operator's to record; invoices, their exports, statements and payments are the
 * partner's billing roles' to read.
 */
class BillingRoutesTest {

    private static final Caller OPERATOR = caller(PartnerType.OPERATOR, Roles.OPERATOR_ADMIN);
    private static final Caller SUPPORT = caller(PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT);
    private static final Caller GLOBAL_ADMIN = caller(PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
    private static final Caller BILLING_ADMIN = caller(PartnerType.INDIRECT_PROVIDER, Roles.BILLING_ADMIN);
    private static final Caller SALES_AGENT = caller(PartnerType.DIRECT, Roles.SALES_AGENT);
    private static final Caller RESELLER = caller(PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);

    @Test
    void shouldSendBillingPeriodsToBillingWhenThePathIsBareOrBelowIt() {
        assertThat(owner("/v1/billingperiods")).isEqualTo(Owner.BILLING);
        assertThat(owner("/v1/BillingPeriods/")).isEqualTo(Owner.BILLING);
        assertThat(owner("/v1/billingperiods/2026-11/close")).isEqualTo(Owner.BILLING);
    }

    @Test
    void shouldLetOnlyTheOperatorAdminWhenBillingPeriodsAreReadOrClosed() {
        String[][] calls = {{"GET", "/v1/billingperiods"}, {"POST", "/v1/billingperiods/2026-11/close"}};
        for (String[] call : calls) {
            assertAllowed(OPERATOR, call[0], call[1]);
            assertRefusedForRole(SUPPORT, call[0], call[1]);
            assertRefusedForRole(GLOBAL_ADMIN, call[0], call[1]);
            assertRefusedForRole(BILLING_ADMIN, call[0], call[1]);
            assertRefusedForRole(RESELLER, call[0], call[1]);
        }
    }

    @Test
    void shouldLetInvoiceReadersButSendResellersToTheirProviderWhenInvoicesAreRead() {
        for (String path : new String[] {"/v1/invoices", "/v1/invoices/G000000001",
                "/v1/invoices/G000000001/lineitems", "/v1/invoices/G000000001/lineitems/onetime/usagelineitems"}) {
            assertThat(owner(path)).as(path).isEqualTo(Owner.BILLING);
            assertAllowed(GLOBAL_ADMIN, "GET", path);
            assertAllowed(BILLING_ADMIN, "GET", path);
            assertAllowed(OPERATOR, "GET", path);
            assertRefusedForRole(SALES_AGENT, "GET", path);
            assertThat(refusal(RESELLER, "GET", path).getMessage()).as(path)
                    .startsWith("Indirect resellers do not have invoices and reconciliation here");
        }
    }

    @Test
    void shouldLetInvoiceReadersButNotResellersWhenExportsAreStartedOrRead() {
        String[][] calls = {{"POST", "/v1/invoices/G000000001/exports"}, {"POST", "/v1/invoices/unbilled/exports"},
            {"GET", "/v1/invoices/exports/7a1c"}, {"GET", "/v1/invoices/exports/7a1c/parts/part-00001.jsonl.gz"}};
        for (String[] call : calls) {
            assertThat(owner(call[1])).as(call[1]).isEqualTo(Owner.BILLING);
            assertAllowed(GLOBAL_ADMIN, call[0], call[1]);
            assertAllowed(BILLING_ADMIN, call[0], call[1]);
            assertAllowed(OPERATOR, call[0], call[1]);
            assertRefusedForRole(SALES_AGENT, call[0], call[1]);
            assertThat(refusal(RESELLER, call[0], call[1]).getMessage()).as(call[1])
                    .contains("reconciliation exports");
        }
    }

    @Test
    void shouldKeepInvoiceWritesTheOperatorsWhenAPathOnlyLooksLikeAnExport() {
        assertRefusedForRole(GLOBAL_ADMIN, "POST", "/v1/invoices/G000000001/exports/more");
        assertRefusedForRole(GLOBAL_ADMIN, "POST", "/v1/invoices/G000000001");
    }

    @Test
    void shouldLetInvoiceReadersReadStatementsSummariesAndPaymentsWhenOnlyTheOperatorRecordsPayments() {
        for (String path : new String[] {"/v1/invoices/G000000001/documents/statement", "/v1/invoices/summary",
                "/v1/invoices/summaries", "/v1/payments", "/v1/payments/3f2b"}) {
            assertThat(owner(path)).as(path).isEqualTo(Owner.BILLING);
            assertAllowed(GLOBAL_ADMIN, "GET", path);
            assertAllowed(BILLING_ADMIN, "GET", path);
            assertAllowed(OPERATOR, "GET", path);
            assertRefusedForRole(SALES_AGENT, "GET", path);
            assertThat(refusal(RESELLER, "GET", path).status()).isEqualTo(403);
        }
        assertAllowed(OPERATOR, "POST", "/v1/payments");
        assertRefusedForRole(SUPPORT, "POST", "/v1/payments");
        assertRefusedForRole(GLOBAL_ADMIN, "POST", "/v1/payments");
        assertRefusedForRole(BILLING_ADMIN, "POST", "/v1/payments");
    }

    @Test
    void shouldRouteNothingWhenThePathIsTheRetiredExportsFamily() {
        assertThat(RouteTable.match("/v1/exports")).isEmpty();
        assertThat(RouteTable.match("/v1/exports/anything")).isEmpty();
    }

    private static Owner owner(String path) {
        return RouteTable.match(path).map(Route::owner).orElseThrow();
    }

    private static void assertRefusedForRole(Caller caller, String method, String path) {
        assertThat(refusal(caller, method, path).code()).as(caller.roles() + " " + method + " " + path)
                .isEqualTo(ErrorCodes.ROLE_NOT_ALLOWED);
    }

    private static ApiException refusal(Caller caller, String method, String path) {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> RouteTable.match(path).orElseThrow().authorize(caller, method));
        assertThat(refused).as(caller.roles() + " " + method + " " + path + " refused").isNotNull();
        assertThat(refused.status()).isEqualTo(403);
        return refused;
    }

    private static void assertAllowed(Caller caller, String method, String path) {
        assertThatCode(() -> RouteTable.match(path).orElseThrow().authorize(caller, method))
                .as(caller.roles() + " " + method + " " + path).doesNotThrowAnyException();
    }

    private static Caller caller(PartnerType type, String role) {
        return new Caller(UUID.randomUUID(), type, UUID.randomUUID().toString(), "someone", Set.of(role), false);
    }
}
