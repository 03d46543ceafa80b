package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class ExportRefusalsTest {

    private static final String UNBILLED = "/v1/invoices/unbilled/exports";

    @Test
    void shouldAnswer404WhateverTheBodyWhenTheInvoiceIsAnotherPartners() {
        // given another partner's invoice
        UUID owner = BillingRows.partner(PartnerType.DIRECT, "Owner", "1", null);
        String id = invoice(owner, YearMonth.of(2031, 2)).insert().id;
        Caller stranger = caller(BillingRows.partner(PartnerType.DIRECT, "Stranger", "2", null), PartnerType.DIRECT,
                Roles.GLOBAL_ADMIN);

        // when a stranger exports it, with a good body and with a bad one, then both answer the same 404
        for (Map<String, Object> body : new Map[] {Map.of(), Map.of("attributeSet", "everything")}) {
            as(stranger).contentType("application/json").body(body).post("/v1/invoices/" + id + "/exports").then()
                    .statusCode(404).body("description", containsString("No invoice '" + id + "' of yours"));
        }
    }

    @Test
    void shouldAnswer404WhenAnotherPartnerReadsAnExportOrItsPart() {
        // given a partner's export of its invoice
        Buyer buyer = Buyer.direct("Owner", "C", "S");
        UUID owner = buyer.partner();
        String id = invoice(owner, YearMonth.of(2031, 2)).insert().id;
        buyer.line().invoice(id).insert();
        JsonPath manifest = ExportCalls.export(caller(owner, PartnerType.DIRECT, Roles.BILLING_ADMIN),
                "/v1/invoices/" + id + "/exports", null);

        // when another partner, and the operator, read its manifest and part, then each answers 404
        for (Caller other : new Caller[] {caller(BillingRows.partner(PartnerType.DIRECT, "Other", "2", null),
                PartnerType.DIRECT, Roles.GLOBAL_ADMIN), BillingCallers.operator()}) {
            as(other).get("/v1/invoices/exports/" + manifest.getString("id")).then().statusCode(404);
            as(other).accept("*/*").get("/v1" + manifest.getString("parts[0].downloadLink")).then().statusCode(404);
        }
        // and an id that is no export, or a part it does not have, answers 404 to its owner too
        Caller admin = caller(owner, PartnerType.DIRECT, Roles.BILLING_ADMIN);
        as(admin).get("/v1/invoices/exports/not-an-id").then().statusCode(404);
        as(admin).accept("*/*").get("/v1/invoices/exports/" + manifest.getString("id") + "/parts/part-00009.jsonl.gz")
                .then().statusCode(404);
    }

    @Test
    void shouldAnswer400NamingPartnerTenantIdWhenTheOperatorNamesNoPartner() {
        as(BillingCallers.operator()).contentType("application/json").body(Map.of("currencyCode", "USD"))
                .post(UNBILLED).then().statusCode(400).body("data", hasItem("partnerTenantId"));
    }

    @Test
    void shouldAnswer400NamingPartnerTenantIdWhenAPartnerNamesOne() {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).contentType("application/json")
                .body(Map.of("partnerTenantId", UUID.randomUUID().toString())).post(UNBILLED).then().statusCode(400)
                .body("data", hasItem("partnerTenantId"));
    }

    @Test
    void shouldAnswer400NamingEveryBadFieldWhenTheBodyHasBadValues() {
        // given a partner and its invoice
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
        String id = invoice(partner, YearMonth.of(2031, 2)).insert().id;

        // when each export names values that are none, then each 400 names each bad field
        as(admin).contentType("application/json").body(Map.of("attributeSet", "all", "format", "xlsx"))
                .post("/v1/invoices/" + id + "/exports").then().statusCode(400)
                .body("data", hasItems("attributeSet", "format"));
        as(admin).contentType("application/json").body(Map.of("billingPeriod", "next", "currencyCode", "XYZ",
                "format", "parquet")).post(UNBILLED).then().statusCode(400)
                .body("data", hasItems("billingPeriod", "currencyCode", "format"));
    }

    @Test
    void shouldAnswer403WhenASalesAgentExports() {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        as(caller(partner, PartnerType.DIRECT, Roles.SALES_AGENT)).contentType("application/json").body(Map.of())
                .post(UNBILLED).then().statusCode(403);
    }

    @Test
    void shouldExportANamedPartnersLinesWhenTheOperatorNamesIt() {
        // given a partner billed in euros with an unbilled line of this month
        Buyer buyer = Buyer.direct();
        UUID partner = buyer.partner();
        buyer.line().usageDate(LocalDate.now(ZoneOffset.UTC))
                .billed("EUR", "1", "0.9", null).insert();

        // when the operator exports its unbilled lines, then the export is the operator's, of that partner, in EUR
        Caller operator = BillingCallers.operator();
        JsonPath manifest = ExportCalls.export(operator, UNBILLED, Map.of("partnerTenantId", partner.toString()));
        assertThat(manifest.getString("partnerTenantId"))
                .isEqualTo(partner.toString());
        assertThat(manifest.getString("currencyCode")).isEqualTo("EUR");
        assertThat(manifest.getLong("rowCount")).isEqualTo(1);
    }
}
