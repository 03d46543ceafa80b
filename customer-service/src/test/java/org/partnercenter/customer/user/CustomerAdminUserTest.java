package org.partnercenter.customer.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.CustomerBodies.customer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.DevelopmentDirectory;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TestIdentityProvider;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
@QuarkusTestResource(DevelopmentDirectory.class)
class CustomerAdminUserTest {

    @Test
    void shouldAnswerCredentialsThatSignInToTheCustomersTenantWhenACustomerIsCreated() {
        JsonPath created = create(Callers.direct(), UUID.randomUUID().toString());

        String tenant = created.getString("id");
        String userName = created.getString("userCredentials.userName");
        String password = created.getString("userCredentials.password");
        assertThat(userName).isEqualTo("admin");
        assertThat(password).hasSize(16);

        String upn = userName + "@" + created.getString("companyProfile.domain");
        String token = TestIdentityProvider.accessToken(tenant, false, "grant_type=password&client_id=test-client"
                + "&username=" + encoded(upn) + "&password=" + encoded(password)
                + "&scope=https://api.partnercenter.microsoft.com/.default");
        assertThat(token).isNotBlank();
    }

    @Test
    void shouldNeverStoreThePasswordWhenACustomerIsCreated() {
        String requestId = UUID.randomUUID().toString();
        String password = create(Callers.direct(), requestId).getString("userCredentials.password");

        assertThat(StoredRows.count("select count(*) from idempotent_request where request_id = ?1 "
                + "and body like ?2", requestId, "%" + password + "%")).isZero();
        assertThat(StoredRows.count("select count(*) from idempotent_request where request_id = ?1 "
                + "and body like '%\"userName\":\"admin\"%'", requestId)).isEqualTo(1);
    }

    @Test
    void shouldReplayTheCreationWithoutThePasswordWhenTheRequestIdRepeats() {
        Caller partner = Callers.direct();
        String requestId = UUID.randomUUID().toString();
        JsonPath first = create(partner, requestId);

        as(partner).header("MS-RequestId", requestId).body(customer().domain(first.getString("companyProfile.domain"))
                        .build()).post("/v1/customers")
                .then().statusCode(201).header("MS-Idempotent-Replay", "true")
                .body("id", equalTo(first.getString("id")))
                .body("companyProfile.domain", equalTo(first.getString("companyProfile.domain")))
                .body("userCredentials.userName", equalTo("admin"))
                .body("userCredentials.password", nullValue());
        assertThat(StoredRows.count("select count(*) from customer_user where customer_id = ?1",
                UUID.fromString(first.getString("id")))).isEqualTo(1);
    }

    @Test
    void shouldAnswerNoCredentialsWhenACustomerIsRead() {
        Caller partner = Callers.direct();
        String id = create(partner, UUID.randomUUID().toString()).getString("id");

        as(partner).get("/v1/customers/" + id).then().statusCode(200).body("userCredentials", nullValue());
    }

    private static JsonPath create(Caller partner, String requestId) {
        String domain = "adm-" + UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com";
        return as(partner).header("MS-RequestId", requestId).body(customer().domain(domain).build())
                .post("/v1/customers").then().statusCode(201).extract().jsonPath();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
