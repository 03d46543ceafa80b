package org.partnercenter.pricing.ratecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.pricing.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class MeterSearchTest {

    final TestTimes year = TestTimes.ownYear();
    final UUID vm = UUID.randomUUID();
    String meters;

    @BeforeEach
    void aPriceListWithSeveralCategoriesAndRegions() {
        PriceLists.publish(PriceListBodies.effective(year.at(1, 1))
                .meter(vm, "0=0.5").with("category", "Virtual Machines").with("name", "D2 v3 Hours")
                .with("region", "US West")
                .meter(UUID.randomUUID(), "0=0.7").with("category", "Virtual Machines").with("name", "D4 v3 Hours")
                .with("region", "EU North")
                .meter(UUID.randomUUID(), "0=0.1").with("category", "Storage").with("name", "D2 100% Hot")
                .with("region", "US West")
                .manyMeters(5, "Paging"));
        meters = "/v1/ratecards/azure/meters?asOf=" + year.at(2, 1);
    }

    @Test
    void shouldFilterMetersByCategoryRegionAndNameWhenAsked() {
        assertThat(names("category", "virtual machines")).containsExactlyInAnyOrder("D2 v3 Hours", "D4 v3 Hours");
        assertThat(names("meterRegion", "US WEST", "category", "Storage")).containsExactly("D2 100% Hot");
        assertThat(names("name", "d2")).containsExactlyInAnyOrder("D2 v3 Hours", "D2 100% Hot");
        assertThat(names("name", "D2 100%")).containsExactly("D2 100% Hot");
        assertThat(names("name", "D_")).isEmpty();
    }

    @Test
    void shouldPageThroughEveryMeterOnceWhenTheContinuationTokenIsFollowed() {
        List<String> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var request = as(Callers.reader());
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(meters + "&category=Paging&size=2").then().statusCode(200)
                    .body("attributes.objectType", equalTo("Collection")).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            token = page.getString("links.next.headers[0].value");
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void shouldAnswerOneMeterAsAResourceWhenItsIdIsAsked() {
        as(Callers.reader()).get("/v1/ratecards/azure/meters/" + vm + "?asOf=" + year.at(2, 1)).then().statusCode(200)
                .body("id", equalTo(vm.toString()))
                .body("rates.'0'", equalTo(0.5f))
                .body("attributes.objectType", equalTo("AzureMeter"));
        as(Callers.reader()).get("/v1/ratecards/azure/meters/" + UUID.randomUUID() + "?asOf=" + year.at(2, 1))
                .then().statusCode(404).body("code", equalTo(404));
    }

    private List<String> names(String... parameters) {
        var request = as(Callers.reader()).queryParam("asOf", year.at(2, 1).toString());
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/v1/ratecards/azure/meters").then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class);
    }
}
