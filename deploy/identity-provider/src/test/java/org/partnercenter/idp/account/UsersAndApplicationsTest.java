package org.partnercenter.idp.account;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class UsersAndApplicationsTest {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldCreateUserWhenTenantIsNew() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", "ada@contoso.example", "password", "Secret-1"))
                .post("/{tenant}/users", tenant)
                .then().statusCode(201).extract().jsonPath();

        // then
        assertThat(created.getString("id")).matches(GUID);
        assertThat(created.getString("userPrincipalName")).isEqualTo("ada@contoso.example");
        assertThat(created.getString("displayName")).isEqualTo("ada");
        assertThat(created.getMap("$")).containsOnlyKeys("id", "userPrincipalName", "displayName");
    }

    @Test
    void shouldShowTotpSecretOnlyOnCreationWhenUserHasMfa() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", "grace@contoso.example", "password", "Secret-1", "mfa", true,
                        "displayName", "Grace Hopper"))
                .post("/{tenant}/users", tenant)
                .then().statusCode(201).extract().jsonPath();
        String listed = get("/{tenant}/users", tenant).then().statusCode(200).extract().asString();

        // then: RFC 6238 secrets are base32; 160 bits make 32 characters
        assertThat(created.getString("totpSecret")).matches("[A-Z2-7]{32}");
        assertThat(created.getString("displayName")).isEqualTo("Grace Hopper");
        assertThat(listed).contains("Grace Hopper").doesNotContain(created.getString("totpSecret"), "totpSecret");
    }

    @Test
    void shouldStoreRedirectUrisAndAudienceWhenApplicationIsAnSpa() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when
        given().contentType(ContentType.JSON).body(Map.of("displayName", "portal", "signInAudience", "AzureADMultipleOrgs",
                        "redirectUris", List.of("http://127.0.0.1:8080/", "https://portal.contoso.example/signed-in")))
                .post("/{tenant}/applications", tenant)
                .then().statusCode(201);
        JsonPath listed = get("/{tenant}/applications", tenant).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(listed.getString("value[0].signInAudience")).isEqualTo("AzureADMultipleOrgs");
        assertThat(listed.getList("value[0].redirectUris"))
                .containsExactly("http://127.0.0.1:8080/", "https://portal.contoso.example/signed-in");
    }

    @Test
    void shouldDefaultToOwnTenantAudienceWhenApplicationNamesNone() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("displayName", "export"))
                .post("/{tenant}/applications", tenant)
                .then().statusCode(201).extract().jsonPath();

        // then
        assertThat(created.getString("signInAudience")).isEqualTo("AzureADMyOrg");
        assertThat(created.getList("redirectUris")).isEmpty();
        assertThat(created.getBoolean("publicClient")).isFalse();
    }

    @Test
    void shouldStoreAndShowPublicClientWhenApplicationIsACommandLine() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "partnercenter CLI", "signInAudience", "AzureADMultipleOrgs",
                        "publicClient", true))
                .post("/{tenant}/applications", tenant)
                .then().statusCode(201).extract().jsonPath();
        JsonPath listed = get("/{tenant}/applications", tenant).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(created.getBoolean("publicClient")).isTrue();
        assertThat(listed.getBoolean("value[0].publicClient")).isTrue();
    }

    @Test
    void shouldRefuseApplicationWhenRedirectUriOrAudienceIsInvalid() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when / then
        for (String uri : List.of("/relative", "javascript:alert(1)", "ftp://host/", "http://host/#fragment")) {
            assertAadError(given().contentType(ContentType.JSON)
                    .body(Map.of("displayName", "portal", "redirectUris", List.of(uri)))
                    .post("/{tenant}/applications", tenant), 400, "invalid_request", null);
        }
        assertAadError(given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "portal", "signInAudience", "AzureADandPersonalMicrosoftAccount"))
                .post("/{tenant}/applications", tenant), 400, "invalid_request", null);
    }

    @Test
    void shouldCreateApplicationWithSecretWhenDisplayNameIsGiven() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("displayName", "billing export"))
                .post("/{tenant}/applications", tenant)
                .then().statusCode(201).extract().jsonPath();

        // then
        assertThat(created.getString("appId")).matches(GUID);
        assertThat(created.getString("id")).matches(GUID);
        assertThat(created.getString("servicePrincipalId")).matches(GUID);
        assertThat(created.getString("secret")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldListUsersAndApplicationsWithoutCredentialsWhenTenantIsRead() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        ApplicationView app = TestDirectory.applicationIn(user.tenantId());

        // when
        String users = get("/{tenant}/users", user.tenantId()).then().statusCode(200).extract().asString();
        JsonPath applications = get("/{tenant}/applications", user.tenantId()).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(users).contains(user.id(), user.userPrincipalName()).doesNotContain(user.password(), "pbkdf2");
        assertThat(applications.getList("value.appId")).containsExactly(app.appId());
        assertThat(applications.getList("value.secret")).containsOnlyNulls();
    }

    @Test
    void shouldRefuseSecondUserWhenNameIsTakenInAnyCase() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", user.userPrincipalName().toUpperCase(), "password", "Other-1"))
                .post("/{tenant}/users", user.tenantId());

        // then
        assertAadError(response, 409, "invalid_request", null);
    }

    @Test
    void shouldAcceptPropertyNamesInAnyCaseWhenUserIsCreated() {
        // when / then
        given().contentType(ContentType.JSON).body(Map.of("UserPrincipalName", "bob@contoso.example", "Password", "Secret-2"))
                .post("/{tenant}/users", TestDirectory.newTenantId())
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseTenantWhenItIsNotAGuid() {
        // when
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", "ada@contoso.example", "password", "Secret-1"))
                .post("/contoso.example/users");

        // then
        assertAadError(response, 400, "invalid_request", null);
    }

    @Test
    void shouldRefuseUserWhenAFieldIsMissing() {
        // given
        String tenant = TestDirectory.newTenantId();

        // when / then
        assertAadError(given().contentType(ContentType.JSON).body(Map.of("password", "Secret-1"))
                .post("/{tenant}/users", tenant), 400, "invalid_request", null);
        assertAadError(given().contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", "ada-" + UUID.randomUUID() + "@contoso.example"))
                .post("/{tenant}/users", tenant), 400, "invalid_request", null);
        assertAadError(given().contentType(ContentType.JSON).body(Map.of())
                .post("/{tenant}/applications", tenant), 400, "invalid_request", null);
    }

    @Test
    void shouldRefuseChosenObjectIdWhenItIsNotAGuidOrTakenInTheTenant() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when / then
        assertAadError(given().contentType(ContentType.JSON).body(Map.of("userPrincipalName",
                "ada-" + UUID.randomUUID() + "@contoso.example", "password", "Secret-1", "id", "12345"))
                .post("/{tenant}/users", user.tenantId()), 400, "invalid_request", null);
        assertAadError(given().contentType(ContentType.JSON).body(Map.of("userPrincipalName",
                "ada-" + UUID.randomUUID() + "@contoso.example", "password", "Secret-1", "id", user.id()))
                .post("/{tenant}/users", user.tenantId()), 409, "invalid_request", null);
    }
}
