package org.partnercenter.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;
import static org.partnercenter.commons.sample.SampleCallers.widget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.sample.WidgetService;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class SeekPagingTest {

    @Inject
    WidgetService widgets;

    @Test
    void shouldReturnEveryRowOnceWhenRowsAreInsertedBetweenPages() {
        Caller partner = newPartner();
        List<String> original = IntStream.range(0, 25).mapToObj(i -> String.format("m-%02d", i)).toList();
        original.forEach(name -> widgets.create(partner, widget(name)));

        List<String> seen = new ArrayList<>();
        JsonPath page = as(partner).get("/v1/widgets?size=10").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("items.name"));
        int inserted = 0;
        while (page.get("links.next") != null) {
            // Rows land before and after the cursor while the client pages through.
            widgets.create(partner, widget("a-new-" + inserted));
            widgets.create(partner, widget("z-new-" + inserted++));
            String token = page.getString("links.next.headers[0].value");
            page = as(partner).header("MS-ContinuationToken", token)
                    .get("/v1" + page.getString("links.next.uri"))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.name"));
        }

        assertThat(seen).containsAll(original);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen).isSorted();
    }

    @Test
    void shouldLinkRelativeToV1WithTheTokenInAHeaderWhenMoreRowsFollow() {
        Caller partner = newPartner();
        IntStream.range(0, 3).forEach(i -> widgets.create(partner, widget("w" + i)));

        as(partner).get("/v1/widgets?size=2")
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("attributes.objectType", equalTo("Collection"))
                .body("links.self.uri", equalTo("/widgets?size=2"))
                .body("links.next.uri", equalTo("/widgets?size=2&seekOperation=Next"))
                .body("links.next.method", equalTo("GET"))
                .body("links.next.headers[0].key", equalTo("MS-ContinuationToken"))
                .body("items[0].links.self.uri", startsWith("/widgets/"));
    }

    @Test
    void shouldClampTheSizeWhenItExceedsTheMaximum() {
        Caller partner = newPartner();
        IntStream.range(0, 55).forEach(i -> widgets.create(partner, widget("c" + i)));

        as(partner).get("/v1/widgets?size=1000").then().statusCode(200).body("totalCount", equalTo(50));
    }

    @Test
    void shouldUseTheDefaultSizeWhenNoneIsGiven() {
        Caller partner = newPartner();
        IntStream.range(0, 12).forEach(i -> widgets.create(partner, widget("d" + i)));

        as(partner).get("/v1/widgets").then().statusCode(200).body("totalCount", equalTo(10));
    }

    @Test
    void shouldUseTheDefaultSizeWhenTheSdkSendsSizeZero() {
        Caller partner = newPartner();
        IntStream.range(0, 12).forEach(i -> widgets.create(partner, widget("z" + i)));

        as(partner).get("/v1/widgets?size=0").then().statusCode(200).body("totalCount", equalTo(10))
                .body("links.next.uri", equalTo("/widgets?size=0&seekOperation=Next"));
    }

    @Test
    void shouldRefuseWhenTheSizeIsNotAWholeNumberOfZeroOrMore() {
        Caller partner = newPartner();
        as(partner).get("/v1/widgets?size=ten").then().statusCode(400).body("data[0]", equalTo("size"));
        as(partner).get("/v1/widgets?size=-1").then().statusCode(400).body("data[0]", equalTo("size"));
    }

    @Test
    void shouldRefuseWhenTheContinuationTokenWasNotIssuedByUs() {
        Caller partner = newPartner();
        as(partner).header("MS-ContinuationToken", "AQAAAA==").get("/v1/widgets")
                .then().statusCode(400).body("data[0]", equalTo("MS-ContinuationToken"));
        as(partner).header("MS-ContinuationToken", "%%%").get("/v1/widgets")
                .then().statusCode(400).body("data[0]", equalTo("MS-ContinuationToken"));
    }

    @Test
    void shouldShowOnlyTheCallersRowsWhenAnotherPartnerHasSome() {
        Caller mine = newPartner();
        Caller theirs = newPartner();
        widgets.create(mine, widget("mine"));
        String theirId = widgets.create(theirs, widget("theirs")).id.toString();

        Set<String> names = new HashSet<>(as(mine).get("/v1/widgets?size=50").then().statusCode(200)
                .extract().jsonPath().getList("items.name"));
        assertThat(names).containsExactly("mine");
        as(mine).get("/v1/widgets/" + theirId).then().statusCode(404).body("code", equalTo(404));
    }
}
