package org.partnercenter.idp.key;

import static io.restassured.RestAssured.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jose4j.jwk.JsonWebKey;
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
        assertThat(PublishedKeys.verifiedClaims(before).getClaimValue("oid")).isEqualTo(user.id());
        assertThat(PublishedKeys.verifiedClaims(after).getClaimValue("oid")).isEqualTo(user.id());
    }

    @Test
    void shouldPublishNewKeyFirstWhenKeyIsRotated() {
        // given
        String previous = PublishedKeys.fetch().getJsonWebKeys().get(0).getKeyId();

        // when
        String newKid = post("/admin/keys/rotate").then().statusCode(200).extract().path("kid");

        // then
        assertThat(PublishedKeys.fetch().getJsonWebKeys()).extracting(JsonWebKey::getKeyId).startsWith(newKid, previous);
    }
}
