package org.partnercenter.customer.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.MigrationFileBuilder.file;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.MigrationFileBuilder;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class MigrationJobTest {

    @Test
    void shouldImportTheGoodRowsAndReportEachBadOneWhenACsvFileIsMigrated() {
        Caller partner = Callers.direct();
        MigrationFileBuilder migration = file().customer("Alpha").customer("Bravo").with("email", "not-an-email")
                .customer("Charlie").with("offerIds", "NOT-AN-OFFER").customer("Delta").with("offerIds", "");

        JsonPath job = finished(partner, start(partner, migration));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("totalRows")).isEqualTo(4);
        assertThat(job.getInt("importedRows")).isEqualTo(2);
        assertThat(job.getInt("failedRows")).isEqualTo(2);
        assertThat(job.getInt("errors[0].line")).isEqualTo(3);
        assertThat(job.getString("errors[0].reason")).contains("email");
        assertThat(job.getInt("errors[1].line")).isEqualTo(4);
        assertThat(job.getString("errors[1].reason")).contains("NOT-AN-OFFER");
        assertThat(customersOf(partner)).isEqualTo(2);
        assertThat(StoredRows.count("select count(*) from subscription s join customer c on c.id = s.customer_id "
                + "where c.partner_tenant_id = ?1", partner.partnerTenantId())).isEqualTo(1);
        as(partner).get("/v1/customers?size=10").then().body("items[0].companyProfile.companyName", equalTo("Alpha"));
    }

    @Test
    void shouldImportEveryRowWhenExcelSavedTheFileAsCsvUtf8() {
        Caller partner = Callers.direct();
        MigrationFileBuilder migration = file().customer("Zoë Café").with("email", "billing@zoe.test")
                .with("city", "Köln").customer("Kilo").with("addressLine1", "2 Side Street\r\nBuilding \"B\", floor 3");

        String location = as(partner).contentType("text/csv").body(migration.excelCsv())
                .post("/v1/migrations/customers").then().statusCode(202).extract().header("Location");
        JsonPath job = finished(partner, location);

        assertThat(job.getInt("importedRows")).isEqualTo(2);
        assertThat(StoredRows.count("select count(*) from customer where partner_tenant_id = ?1 and company_name = "
                + "'Zoë Café'", partner.partnerTenantId())).isEqualTo(1);
    }

    @Test
    void shouldNameTheLineWhereAQuoteOpensWhenItIsNeverClosed() {
        Caller partner = Callers.direct();
        String file = file().customer("Lima").with("addressLine1", "3 Long Road\nUnit 4").csv()
                + "\"Mike,mike.test\r\n";

        as(partner).contentType("text/csv").body(file).post("/v1/migrations/customers")
                .then().statusCode(400).body("code", equalTo(400))
                .body("data[0]", startsWith("line 4: a quoted field is never closed"));

        assertThat(customersOf(partner)).isZero();
    }

    @Test
    void shouldCreateNoDuplicatesWhenTheSameFileRunsAgain() {
        Caller partner = Callers.direct();
        MigrationFileBuilder migration = file().customer("Echo").customer("Foxtrot");
        finished(partner, start(partner, migration));

        JsonPath again = finished(partner, start(partner, migration));

        assertThat(again.getInt("importedRows")).isZero();
        assertThat(again.getInt("skippedRows")).isEqualTo(2);
        assertThat(customersOf(partner)).isEqualTo(2);
    }

    @Test
    void shouldImportAJsonArrayWhenTheFileIsJson() {
        Caller partner = Callers.direct();

        String location = as(partner).body(file().customer("Golf").json()).post("/v1/migrations/customers")
                .then().statusCode(202).extract().header("Location");

        assertThat(finished(partner, location).getInt("importedRows")).isEqualTo(1);
    }

    @Test
    void shouldNameTheLineAndColumnWhenAValueHoldsANulCharacter() {
        Caller partner = Callers.direct();

        as(partner).body(file().customer("Hotel").customer("India").with("city", "Nul\u0000City").json())
                .post("/v1/migrations/customers")
                .then().statusCode(400)
                .body("data[0]", startsWith("line 2: city contains a NUL character"));

        assertThat(customersOf(partner)).isZero();
    }

    @Test
    void shouldRefuseTheFileWhenItsShapeIsWrong() {
        Caller partner = Callers.direct();

        as(partner).contentType("text/csv").body("name,colour\nx,y\n").post("/v1/migrations/customers")
                .then().statusCode(400).body("description", containsString("header"));
        as(partner).body("{\"not\":\"an array\"}").post("/v1/migrations/customers").then().statusCode(400);
        as(partner).contentType("text/csv").body("").post("/v1/migrations/customers").then().statusCode(400);
        // With an MS-RequestId the write runs in the idempotency transaction, which wraps what it throws.
        for (String malformed : new String[] {"{,}", "[1,2", "[" + "[".repeat(2000)}) {
            as(partner).header("MS-RequestId", java.util.UUID.randomUUID().toString()).body(malformed)
                    .post("/v1/migrations/customers").then().statusCode(400).body("code", equalTo(400));
        }
        assertThat(StoredRows.count("select count(*) from migration_job where partner_tenant_id = ?1",
                partner.partnerTenantId())).isZero();
    }

    @Test
    void shouldHideTheJobWhenAnotherPartnerAsks() {
        Caller partner = Callers.direct();
        String location = start(partner, file().customer("Hotel"));

        as(Callers.direct()).get(location).then().statusCode(404);
    }

    @Test
    void shouldRefuseTheRoleWhenAHelpdeskAgentMigrates() {
        Caller helpdesk = Callers.withRoles(Callers.direct(), Roles.HELPDESK_AGENT);

        as(helpdesk).contentType("text/csv").body(file().customer("India").csv()).post("/v1/migrations/customers")
                .then().statusCode(403);
    }

    private static String start(Caller partner, MigrationFileBuilder migration) {
        return as(partner).contentType("text/csv").body(migration.csv()).post("/v1/migrations/customers")
                .then().statusCode(202).body("status", equalTo("running")).extract().header("Location");
    }

    private static JsonPath finished(Caller partner, String location) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                !"running".equals(as(partner).get(location).then().statusCode(200).extract().path("status")));
        return as(partner).get(location).then().extract().jsonPath();
    }

    private static long customersOf(Caller partner) {
        return StoredRows.count("select count(*) from customer where partner_tenant_id = ?1", partner.partnerTenantId());
    }
}
