package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class PriceListVersionsTest {

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldListEveryVersionInPublishOrderWithSeekPagingWhenAsked() {
        List<String> published = List.of(
                PriceLists.publishId(PriceListBodies.effective(year.at(3, 1)).meter(UUID.randomUUID(), "0=1")),
                PriceLists.publishId(PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1")),
                PriceLists.publishId(PriceListBodies.effective(year.at(2, 1)).meter(UUID.randomUUID(), "0=1")));

        List<String> listed = new ArrayList<>();
        String token = null;
        do {
            var request = as(Callers.reader());
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get("/v1/pricelists?size=2").then().statusCode(200)
                    .body("attributes.objectType", equalTo("Collection"))
                    .body("links.self.uri", equalTo("/pricelists?size=2")).extract().jsonPath();
            assertThat(page.getInt("totalCount")).isLessThanOrEqualTo(2);
            listed.addAll(page.getList("items.id", String.class));
            token = page.getString("links.next.headers[0].value");
        } while (token != null);

        assertThat(listed.stream().filter(published::contains).toList()).containsExactlyElementsOf(published);
        assertThat(listed).doesNotHaveDuplicates();
    }

    @Test
    void shouldSupersedeTheEarlierVersionWhenALaterOneHasTheSameEffectiveDate() {
        UUID meter = UUID.randomUUID();
        String first = PriceLists.publishId(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=1")
                .meter(UUID.randomUUID(), "0=5"));
        String second = PriceLists.publishId(PriceListBodies.effective(year.at(1, 1)).meter(meter, "0=2"));

        as(Callers.reader()).get("/v1/pricelists/" + first).then().statusCode(200)
                .body("supersededBy", equalTo(second)).body("meterCount", equalTo(2));
        as(Callers.reader()).get("/v1/pricelists/" + second).then().statusCode(200)
                .body("supersededBy", nullValue()).body("links.self.uri", equalTo("/pricelists/" + second));
        as(Callers.reader()).get("/v1/ratecards/azure?asOf=" + year.at(6, 1)).then().statusCode(200)
                .body("meters.size()", equalTo(1))
                .body("meters[0].rates.'0'", equalTo(2));
    }

    @Test
    void shouldAnswer404WhenTheVersionIsUnknown() {
        UUID unknown = UUID.randomUUID();

        as(Callers.reader()).get("/v1/pricelists/" + unknown).then().statusCode(404).body("code", equalTo(404));
        as(Callers.reader()).get("/v1/pricelists/" + unknown + "/meters").then().statusCode(404);
    }

    @Test
    void shouldPublishTheSameMetersAgainWhenACsvDownloadIsPublished() {
        String id = PriceLists.publishId(PriceListBodies.effective(year.at(1, 1))
                .meter(UUID.randomUUID(), "0=0.02", "100=0.015").with("name", "Hours, \"Premium\"")
                .with("tags", List.of("a", "b")).with("includedQuantity", 5)
                .meter(UUID.randomUUID(), "0=0.0000004").with("region", ""));

        String csv = as(Callers.reader()).accept("text/csv").get("/v1/pricelists/" + id + "/meters")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String again = as(Callers.operator()).contentType("text/csv").body(csv)
                .post("/v1/pricelists?effectiveDate=" + year.at(2, 1)).then().statusCode(201).extract().path("id");

        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("0.0000004").contains("\"Hours, \"\"Premium\"\"\"").contains(",a;b");
        assertThat(downloadedMeters(again)).isEqualTo(downloadedMeters(id));
        assertThat(as(Callers.reader()).get("/v1/pricelists/" + id + "/meters").asString())
                .contains("\"0\":0.0000004").doesNotContain("E-");
    }

    @Test
    void shouldPublishTheSameMetersAgainWhenAJsonDownloadIsPublished() {
        String id = PriceLists.publishId(PriceListBodies.effective(year.at(1, 1))
                .meter(UUID.randomUUID(), "0=0.02", "100.50=0.015").meter(UUID.randomUUID(), "0=7"));

        Map<String, Object> download = as(Callers.reader()).get("/v1/pricelists/" + id + "/meters?format=json")
                .then().statusCode(200).body("meterCount", equalTo(2))
                .body("attributes.objectType", equalTo("PriceList")).extract().jsonPath().getMap("$");
        download.put("effectiveDate", year.at(2, 1).toString());
        String again = as(Callers.operator()).body(download).post("/v1/pricelists").then().statusCode(201)
                .extract().path("id");

        assertThat(downloadedMeters(again)).isEqualTo(downloadedMeters(id));
    }

    private static List<Object> downloadedMeters(String versionId) {
        return as(Callers.reader()).get("/v1/pricelists/" + versionId + "/meters").then().statusCode(200)
                .extract().jsonPath().getList("meters");
    }
}
