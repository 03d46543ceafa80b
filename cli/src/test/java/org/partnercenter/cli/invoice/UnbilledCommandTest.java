package org.partnercenter.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServerTest;

/** invoice unbilled: the line items, the partner's summary and the export, asked for as billing reads them. */
class UnbilledCommandTest extends FakeServerTest {

    @Test
    void shouldReadTheUsageLineItemsOfThePeriodInTheCurrencyWhenListed() {
        server.answer("GET /v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=usagelineitems"
                + "&currencycode=EUR&period=previous", 200, "{\"totalCount\":1,\"items\":[{\"usageDate\":"
                + "\"2026-10-31T00:00:00Z\",\"customerName\":\"Contoso\",\"meterName\":\"Hours\",\"quantity\":3,"
                + "\"billingPreTaxTotal\":3.00,\"billingCurrency\":\"EUR\"}]}");

        CliRun.Result result = runSignedIn("invoice", "unbilled", "lineitems", "--currency", "EUR", "--period",
                "previous");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList().get(1)).contains("Contoso", "Hours", "3.00", "EUR");
    }

    @Test
    void shouldRefuseAsAUsageErrorWhenTheCurrencyIsMissing() {
        CliRun.Result result = runSignedIn("invoice", "unbilled", "lineitems");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldReadTheNamedPartnersSummaryWhenTheOperatorAsks() {
        server.answer("GET /v1/usagesummary?partnerTenantId=p-1", 200, "{\"totalCost\":12.5,\"currencyCode\":\"USD\"}");

        CliRun.Result result = runSignedIn("invoice", "unbilled", "summary", "--partner", "p-1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("totalCost", "12.5");
    }

    @Test
    void shouldAskForTheLastPeriodWhenThePreviousOneIsExported() throws Exception {
        ExportFixture.stage(server, "POST /v1/invoices/unbilled/exports", ExportFixture.sha256(ExportFixture.BYTES));

        CliRun.Result result = runSignedIn("invoice", "unbilled", "export", "--period", "previous", "--currency", "EUR",
                "--folder", "unbilled");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests().get(0).body()).isEqualTo("{\"billingPeriod\":\"last\",\"currencyCode\":\"EUR\"}");
        assertThat(home.resolve("unbilled").resolve(ExportFixture.PART)).exists();
    }
}
