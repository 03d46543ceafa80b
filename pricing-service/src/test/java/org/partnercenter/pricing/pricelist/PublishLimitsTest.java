package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.pricing.support.Callers.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.SmallLimits;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

/** The meter limit is checked while reading, and only the first bad rows are kept. */
@QuarkusTest
@TestProfile(SmallLimits.class)
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class PublishLimitsTest {

    private static final List<String> TOO_MANY = List.of("meters: at most " + SmallLimits.MAX_METERS + " meters");

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldRefuseAJsonListWithoutReadingTheRestWhenItHasOneMeterTooMany() throws Exception {
        String list = new ObjectMapper().writeValueAsString(PriceListBodies.effective(year.at(1, 1))
                .manyMeters(SmallLimits.MAX_METERS + 1, "Many").build());
        // Whatever follows the meter too many is never read: not even broken JSON is noticed.
        String truncated = list.substring(0, list.lastIndexOf(']')) + ", {\"id\": ]]] not json";

        as(Callers.operator()).body(truncated).post("/v1/pricelists").then().statusCode(400)
                .body("description", containsString("more than " + SmallLimits.MAX_METERS + " meters"))
                .body("data", equalTo(TOO_MANY));
    }

    @Test
    void shouldCountMetersNotRowsWhenACsvListIsLimited() {
        PriceListBodies atTheLimit = PriceListBodies.effective(year.at(2, 1)).manyMeters(SmallLimits.MAX_METERS, "Csv");
        String tooMany = PriceListBodies.effective(year.at(2, 1)).manyMeters(SmallLimits.MAX_METERS + 1, "Csv").csv()
                + "not,a,csv,\"row\n";

        // Two tiers a meter: twice as many rows as the limit, still at the limit of meters.
        assertThat(as(Callers.operator()).contentType("text/csv").body(atTheLimit.csv())
                .post("/v1/pricelists?effectiveDate=" + year.at(2, 1)).then().statusCode(201)
                .extract().jsonPath().getInt("meterCount")).isEqualTo(SmallLimits.MAX_METERS);
        as(Callers.operator()).contentType("text/csv").body(tooMany)
                .post("/v1/pricelists?effectiveDate=" + year.at(2, 1)).then().statusCode(400)
                .body("data", equalTo(TOO_MANY));
    }

    @Test
    void shouldListTheFirstBadRowsAndCountTheOthersWhenManyRowsAreBad() {
        PriceListBodies list = PriceListBodies.effective(year.at(3, 1));
        for (int i = 0; i < SmallLimits.MAX_REPORTED_PROBLEMS + 3; i++) {
            list.meter(UUID.randomUUID(), "0=0.02").with("unit", "");
        }

        as(Callers.operator()).body(list.build()).post("/v1/pricelists").then().statusCode(400)
                .body("description", containsString("More than " + SmallLimits.MAX_REPORTED_PROBLEMS + " rows"))
                .body("description", containsString("3 more problems were found on other rows"))
                .body("data.size()", equalTo(SmallLimits.MAX_REPORTED_PROBLEMS))
                .body("data[0]", startsWith("meters[0] "))
                .body("data[1]", startsWith("meters[1] "));
    }

    @Test
    void shouldStillListFieldProblemsWhenTheRowsFillTheList() {
        PriceListBodies list = PriceListBodies.effective(year.at(4, 1));
        for (int i = 0; i < SmallLimits.MAX_REPORTED_PROBLEMS + 1; i++) {
            list.meter(UUID.randomUUID(), "0=0.02").with("unit", "");
        }
        var body = list.build();
        body.put("currency", "EUR");

        as(Callers.operator()).body(body).post("/v1/pricelists").then().statusCode(400)
                .body("data.size()", equalTo(SmallLimits.MAX_REPORTED_PROBLEMS + 1))
                .body("data[0]", startsWith("currency: "));
    }
}
