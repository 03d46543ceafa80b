package org.partnercenter.support.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWithIgnoringCase;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.request;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.HostileText;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Service requests under the commons input policy: each bad field named, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class InputLimitsTest {

    @Test
    void shouldNameTheFieldAndStoreNothingWhenATitleIsAMegabyte() {
        Caller partner = Callers.direct();

        as(partner).body(request().with("Title", HostileText.MEGABYTE).build()).post("/v1/servicerequests/en-US")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", hasItem(startsWithIgnoringCase("title:")));

        assertThat(requestsOf(partner)).isZero();
    }

    @Test
    void shouldNameEveryFieldLongerThanItsKindAndStoreNothing() {
        Caller partner = Callers.direct();

        as(partner).body(request().with("Description", HostileText.longerThan(16_000))
                        .with("PrimaryContact", Map.of("FirstName", HostileText.longerThan(256),
                                "Email", HostileText.longerThan(320) + "@partner.test"))
                        .build())
                .post("/v1/servicerequests/en-US")
                .then().statusCode(400)
                .body("data", hasItems(startsWithIgnoringCase("description: must be at most 16000"),
                        startsWithIgnoringCase("primaryContact.firstName: must be at most 256"),
                        startsWithIgnoringCase("primaryContact.email: must be at most 320")));

        assertThat(requestsOf(partner)).isZero();
    }

    @Test
    void shouldNameTheNoteAndStoreNothingWhenItHoldsANulOrALoneSurrogateInEitherShape() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);
        long before = notesOf(id);

        // A plain string goes to NewNote's delegating creator, which Jackson feeds without the text deserializer.
        for (String patch : new String[] {"{\"NewNote\": \"a\\u0000b\"}", "{\"NewNote\": \"a\\ud800b\"}",
            "{\"NewNote\": {\"Text\": \"a\\u0000b\"}}"}) {
            as(partner).body(patch).patch("/v1/servicerequests/" + id)
                    .then().statusCode(400)
                    .body("data", hasItem(startsWithIgnoringCase("newNote")));
        }

        assertThat(notesOf(id)).isEqualTo(before);
    }

    private static long notesOf(String id) {
        return StoredRows.count("select count(*) from service_request_activity where service_request_id = ?1 "
                + "and text is not null", Long.parseLong(id));
    }

    private static long requestsOf(Caller partner) {
        return StoredRows.count("select count(*) from service_request where partner_tenant_id = ?1",
                partner.partnerTenantId());
    }
}
