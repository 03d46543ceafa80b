package org.partnercenter.customer.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.CustomerBodies.customer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@TestProfile(DirectoryDownTest.UnreachableDirectory.class)
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class DirectoryDownTest {

    /** A directory on a port nothing listens on (port 1 is reserved and closed here). */
    public static class UnreachableDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partner-center.customer-service.directory.url", "http://127.0.0.1:1",
                    "partner-center.customer-service.directory.timeout", "2s");
        }
    }

    @Test
    void shouldCreateNothingAndSaySoWhenTheDirectoryIsUnreachable() {
        String domain = "down-" + UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com";

        as(Callers.direct()).header("MS-RequestId", UUID.randomUUID().toString())
                .body(customer().domain(domain).build()).post("/v1/customers")
                .then().statusCode(503)
                .body("code", equalTo(503))
                .body("description", containsString("the customer was not created"));

        assertThat(StoredRows.count("select count(*) from customer where domain = ?1", domain)).isZero();
        assertThat(StoredRows.count("select count(*) from outbox_event where payload like ?1", "%" + domain + "%"))
                .isZero();
    }
}
