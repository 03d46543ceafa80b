package org.partnercenter.idp.key;

import static io.restassured.RestAssured.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TokenRequest;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class KeyRotationTest {

    @Test
    void shouldKeepOlderTokensVerifiableWhenKeyIsRotated() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String before = TokenRequest.password(user).accessToken();

        // when
        String newKid = post("/admin/keys/rotate").then().statusCode(200).extract().path("kid");
        String after = TokenRequest.password(user).accessToken();

        // then
        assertThat(PublishedKeys.keyId(after)).isEqualTo(newKid).isNotEqualTo(PublishedKeys.keyId(before));
        assertThat(PublishedKeys.verifiedClaims(before).getClaim("oid")).isEqualTo(user.id());
        assertThat(PublishedKeys.verifiedClaims(after).getClaim("oid")).isEqualTo(user.id());
    }

    @Test
    void shouldPublishNewKeyFirstWhenKeyIsRotated() {
        // given
        String previous = PublishedKeys.fetch().getKeys().get(0).getKeyID();

        // when
        String newKid = post("/admin/keys/rotate").then().statusCode(200).extract().path("kid");

        // then
        assertThat(PublishedKeys.fetch().getKeys()).extracting(JWK::getKeyID).startsWith(newKid, previous);
    }
}
