package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class PublishPriceListTest {

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldAnswerTheVersionWithItsMeterCountWhenAJsonListIsPublished() {
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1))
                .meter(UUID.randomUUID(), "0=0.02", "100=0.015").meter(UUID.randomUUID(), "0=3.9729");

        var response = as(Callers.operator()).body(list.build()).post("/v1/pricelists").then().statusCode(201)
                .header("Location", containsString("/v1/pricelists/")).extract().jsonPath();

        assertThat(response.getInt("meterCount")).isEqualTo(2);
        assertThat(response.getString("effectiveDate")).isEqualTo(year.at(1, 1).toString());
        assertThat(response.getString("currency")).isEqualTo("USD");
        assertThat(response.getString("attributes.objectType")).isEqualTo("PriceListVersion");
        assertThat(meters(response.getString("id"))).isEqualTo(2);
    }

    @Test
    void shouldStoreOneMeterPerIdWithAllItsTiersWhenACsvListIsPublished() {
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1))
                .meter(UUID.randomUUID(), "0=0.02", "100=0.015", "1000=0.01").with("name", "Hours, \"Standard\"")
                .meter(UUID.randomUUID(), "0=1").with("tags", List.of("preview", "gpu"));

        var response = as(Callers.operator()).contentType("text/csv").body(list.csv())
                .post("/v1/pricelists?effectiveDate=" + year.at(1, 1)).then().statusCode(201).extract().jsonPath();

        assertThat(response.getInt("meterCount")).isEqualTo(2);
        assertThat(StoredRows.count("select count(*) from price_list_meter where version_id = cast(?1 as uuid) "
                + "and name = 'Hours, \"Standard\"' and cardinality(tier_starts) = 3", response.getString("id")))
                .isEqualTo(1);
        assertThat(StoredRows.count("select count(*) from price_list_meter where version_id = cast(?1 as uuid) "
                + "and tags = array['preview', 'gpu']", response.getString("id"))).isEqualTo(1);
    }

    @Test
    void shouldPublishEveryMeterWhenExcelSavedTheCsvListAsCsvUtf8() {
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1))
                .meter(UUID.randomUUID(), "0=0.02", "100=0.015").with("name", "Stockage, « Premium »")
                .meter(UUID.randomUUID(), "0=1").with("tags", List.of("preview"));

        var response = as(Callers.operator()).contentType("text/csv").body(list.excelCsv())
                .post("/v1/pricelists?effectiveDate=" + year.at(1, 1)).then().statusCode(201).extract().jsonPath();

        assertThat(response.getInt("meterCount")).isEqualTo(2);
        assertThat(StoredRows.count("select count(*) from price_list_meter where version_id = cast(?1 as uuid) "
                + "and name = 'Stockage, « Premium »' and unit = '1 GB' and cardinality(tier_starts) = 2",
                response.getString("id"))).isEqualTo(1);
    }

    @Test
    void shouldPublishNothingAndNameEachBadRowWithItsLineWhenAJsonListHasBadRows() {
        UUID repeated = UUID.randomUUID();
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1))
                .meter(repeated, "0=0.02")
                .meter(UUID.randomUUID(), "0=abc").with("unit", "")
                .meter(repeated, "0=0.02")
                .meter(UUID.randomUUID(), "10=0.02")
                .meter(UUID.randomUUID(), "0=0.02").with("effectiveDate", year.at(2, 1).toString());

        as(Callers.operator()).body(list.build()).post("/v1/pricelists").then().statusCode(400)
                .body("code", equalTo(400))
                .body("description", containsString("nothing was published"))
                .body("data.size()", equalTo(4))
                .body("data", hasItem(startsWith("meters[1] (line ")))
                .body("data", hasItem(containsString("unit is required; unit price 'abc' is not a number")))
                .body("data", hasItem(containsString("meter " + repeated + " is repeated: it is first at meters[0]")))
                .body("data", hasItem(containsString("rates needs a tier that starts at 0")))
                .body("data", hasItem(containsString("is after the price list's effectiveDate")));

        assertThat(StoredRows.count("select count(*) from price_list_version where effective_date = ?1", year.at(1, 1)))
                .isZero();
    }

    @Test
    void shouldNameTheCsvLineOfEachBadRowWhenACsvListHasBadRows() {
        UUID meter = UUID.randomUUID();
        String body = String.join("\n", "meterId,name,category,unit,tierStart,unitPrice",
                meter + ",Compute Hours,Compute,1 Hour,0,0.5",
                meter + ",Compute Hours,Compute,1 Hour,100,-1",
                "not-a-guid,Storage,Storage,1 GB,0,0.1",
                meter + ",Other Name,Compute,1 Hour,200,0.3",
                UUID.randomUUID() + ",Huge,Compute,1 Hour,0,1e999999999") + "\n";

        as(Callers.operator()).contentType("text/csv").body(body)
                .post("/v1/pricelists?effectiveDate=" + year.at(1, 1)).then().statusCode(400)
                .body("data", equalTo(List.of("line 3: unit price may not be negative, got -1",
                        "line 4: id 'not-a-guid' is not a GUID",
                        "line 5: name differs from line 2, where meter " + meter + " starts: a meter's rows differ "
                                + "only in tierStart and unitPrice",
                        "line 6: unit price '1e999999999' is not a number (of at most 18 digits before and after the "
                                + "point)")));
    }

    @Test
    void shouldNameTheLineWhereAQuoteOpensWhenACsvListLeavesItOpen() {
        String body = String.join("\r\n", "meterId,name,category,unit,tierStart,unitPrice",
                UUID.randomUUID() + ",\"Compute Hours,\nnights\",Compute,1 Hour,0,0.5",
                UUID.randomUUID() + ",\"Storage,Storage,1 GB,0,0.1", UUID.randomUUID() + ",Other,Compute,1 Hour,0,1");

        as(Callers.operator()).contentType("text/csv").body(body)
                .post("/v1/pricelists?effectiveDate=" + year.at(1, 1)).then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", hasItem(startsWith("line 4: a quoted field is never closed")));
    }

    @Test
    void shouldNameTheJsonLineOfEachMeterWhenItsShapeIsWrong() {
        String body = """
                {"effectiveDate": "%s",
                 "meters": [
                   "not a meter",
                   {"id": "%s", "name": "A", "category": "C", "unit": "1 Hour",
                    "rates": [0.1], "tags": [1]}
                 ]}
                """.formatted(year.at(1, 1), UUID.randomUUID());

        as(Callers.operator()).body(body).post("/v1/pricelists").then().statusCode(400)
                .body("data", equalTo(List.of("meters[0] (line 3): a meter must be a JSON object",
                        "meters[1] (line 4): rates must be an object of tier start quantity to unit price, such as "
                                + "{\"0\": 0.02}; tags must be an array of strings; rates needs at least one tier, "
                                + "and one starts at 0")));
    }

    @Test
    void shouldRefuseTheListWhenTheEffectiveDateOrCurrencyOrMetersAreMissingOrWrong() {
        as(Callers.operator()).body(java.util.Map.of("currency", "EUR", "meters", List.of()))
                .post("/v1/pricelists").then().statusCode(400)
                .body("data.size()", equalTo(3))
                .body("data", hasItem("meters: a price list needs at least one meter"))
                .body("data", hasItem(startsWith("effectiveDate: is required")))
                .body("data", hasItem(startsWith("currency: price lists are published in USD")));
        as(Callers.operator()).body("{\"effectiveDate\": \"2030-01-01\", \"meters\": [").post("/v1/pricelists")
                .then().statusCode(400).body("description", containsString("not valid JSON"));
        as(Callers.operator()).contentType("text/csv").body("id,price\n1,2\n")
                .post("/v1/pricelists?effectiveDate=2030-01-01").then().statusCode(400)
                .body("data", equalTo(List.of("header")));
    }

    @Test
    void shouldPublishOnceWhenTheSameRequestIdIsSentTwice() {
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1");
        String requestId = UUID.randomUUID().toString();
        var operator = Callers.operator();

        String first = as(operator).header("MS-RequestId", requestId).body(list.build()).post("/v1/pricelists")
                .then().statusCode(201).extract().path("id");
        String again = as(operator).header("MS-RequestId", requestId).body(list.build()).post("/v1/pricelists")
                .then().statusCode(201).header("MS-Idempotent-Replay", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(StoredRows.count("select count(*) from price_list_version where effective_date = ?1", year.at(1, 1)))
                .isEqualTo(1);
    }

    @Test
    void shouldLoadEveryMeterWhenAListOfThousandsIsPublished() {
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1)).manyMeters(3_000, "Bulk");

        String id = PriceLists.publishId(list);

        assertThat(meters(id)).isEqualTo(3_000);
        assertThat(StoredRows.count("select count(*) from price_list_meter where version_id = cast(?1 as uuid) "
                + "and tier_prices[2] > 0", id)).isEqualTo(3_000);
    }

    private static long meters(String versionId) {
        return StoredRows.count("select count(*) from price_list_meter where version_id = cast(?1 as uuid)", versionId);
    }
}
