package org.partnercenter.idp.key;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class JwksTest {

    @Test
    void shouldPublishPublicRsaSigningKeysWhenJwksUriIsFollowed() throws ParseException {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();
        String jwksUri = get("/{tenant}/v2.0/.well-known/openid-configuration", tenant).then().extract().path("jwks_uri");

        // when
        JWKSet keys = JWKSet.parse(get(jwksUri).then().statusCode(200).extract().asString());

        // then
        assertThat(keys.getKeys()).isNotEmpty();
        for (JWK key : keys.getKeys()) {
            assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
            assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(key.isPrivate()).as("private parts of key %s", key.getKeyID()).isFalse();
        }
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
