package org.partnercenter.idp.key;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class JwksTest {

    @Test
    void shouldPublishPublicRsaSigningKeysWhenJwksUriIsFollowed() throws JoseException {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();
        String jwksUri = get("/{tenant}/v2.0/.well-known/openid-configuration", tenant).then().extract().path("jwks_uri");

        // when
        JsonWebKeySet keys = new JsonWebKeySet(get(jwksUri).then().statusCode(200).extract().asString());

        // then
        assertThat(keys.getJsonWebKeys()).isNotEmpty();
        for (JsonWebKey key : keys.getJsonWebKeys()) {
            assertThat(key).isInstanceOf(RsaJsonWebKey.class);
            assertThat(key.getKeyId()).isNotBlank();
            assertThat(key.getUse()).isEqualTo("sig");
            assertThat(key.getAlgorithm()).isEqualTo("RS256");
            assertThat(((RsaJsonWebKey) key).getPrivateKey()).as("private parts of key %s", key.getKeyId()).isNull();
        }
    }

    @Test
    void shouldWriteOnlyThePublicRsaMembersWhenKeysArePublished() {
        // when
        List<Map<String, Object>> keys = get("/common/discovery/v2.0/keys").then().statusCode(200)
                .extract().jsonPath().getList("keys");

        // then: no private member (d, p, q, ...) and no member this provider did not write before
        assertThat(keys).isNotEmpty().allSatisfy(key ->
                assertThat(key).containsOnlyKeys("kty", "kid", "use", "alg", "n", "e"));
    }

    @Test
    void shouldServeTheSameKeysWhenV1AddressIsUsed() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when
        String v2 = get("/{tenant}/discovery/v2.0/keys", tenant).then().statusCode(200).extract().asString();
        String v1 = get("/{tenant}/discovery/keys", tenant).then().statusCode(200).extract().asString();

        // then
        assertThat(v1).isEqualTo(v2);
    }

    @Test
    void shouldAnswerInvalidTenantWhenTenantDoesNotExist() {
        // when / then
        assertAadError(get("/{tenant}/discovery/v2.0/keys", TestDirectory.newTenantId()), 400, "invalid_tenant", 90002);
    }
}
