package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnercenter.idp.error.AadException;

class RequestedResourceTest {

    private static final String API = "https://api.partnercenter.microsoft.com";

    @Test
    void shouldUseResourceAsAudienceWhenScopeIsDefault() {
        // when
        RequestedResource resource = RequestedResource.fromScope(API + "/.default");

        // then
        assertThat(resource.audience()).isEqualTo(API);
        assertThat(resource.isDefault()).isTrue();
        assertThat(resource.delegatedScopes()).isEqualTo("user_impersonation");
        assertThat(resource.responseScope()).isEqualTo(API + "/user_impersonation");
    }

    @Test
    void shouldIgnoreOpenIdScopesWhenAnApiScopeIsBesideThem() {
        // when
        RequestedResource resource = RequestedResource.fromScope("openid  " + API + "/read " + API + "/write offline_access");

        // then
        assertThat(resource.audience()).isEqualTo(API);
        assertThat(resource.delegatedScopes()).isEqualTo("read write");
        assertThat(resource.responseScope()).isEqualTo(API + "/read " + API + "/write");
    }

    @Test
    void shouldRefuseScopeWhenItNamesTwoApis() {
        assertInvalidScope(API + "/.default https://graph.microsoft.com/.default");
    }

    @Test
    void shouldRefuseScopeWhenDefaultIsMixedWithNamedPermissions() {
        assertInvalidScope(API + "/.default " + API + "/read");
    }

    @Test
    void shouldRefuseScopeWhenItNamesNoApi() {
        assertInvalidScope("openid profile");
        assertInvalidScope("user_impersonation");
        assertInvalidScope(API + "/");
    }

    @Test
    void shouldTakeResourceAsGivenWhenV1RequestNamesIt() {
        // when
        RequestedResource resource = RequestedResource.fromResource(API);

        // then
        assertThat(resource.audience()).isEqualTo(API);
        assertThat(resource.isDefault()).isTrue();
    }

    private static void assertInvalidScope(String scope) {
        // when / then
        assertThatThrownBy(() -> RequestedResource.fromScope(scope))
                .isInstanceOfSatisfying(AadException.class, failure -> assertThat(failure.error()).isEqualTo("invalid_scope"));
    }
}
