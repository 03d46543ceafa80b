package org.partnercenter.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenIssuerTest {

    private static final String TENANT = "6f7b0c2a-1c1d-4d2f-9a8b-0c2d3e4f5a6b";
    private static final String OTHER = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private final SignInConfig config = new SignInConfig() {
        public String authority() {
            return "https://login.microsoftonline.com";
        }

        public String v1Authority() {
            return "https://sts.windows.net";
        }

        public List<String> audiences() {
            return List.of("https://api.partnercenter.microsoft.com");
        }

        public Duration clockSkew() {
            return Duration.ofMinutes(1);
        }

        public Duration jwksRefreshInterval() {
            return Duration.ofMinutes(1);
        }
    };

    @Test
    void shouldUseTheTenantsV2DiscoveryWhenTheIssuerIsV2() {
        Optional<TokenIssuer> issuer = TokenIssuer.of(token("https://login.microsoftonline.com/" + TENANT + "/v2.0",
                TENANT), config);

        assertThat(issuer).hasValueSatisfying(found -> {
            assertThat(found.v1()).isFalse();
            assertThat(found.discoveryBase(config)).isEqualTo("https://login.microsoftonline.com/" + TENANT + "/v2.0");
        });
    }

    @Test
    void shouldUseTheTenantsV1DiscoveryWhenTheIssuerIsV1() {
        Optional<TokenIssuer> issuer = TokenIssuer.of(token("https://sts.windows.net/" + TENANT + "/", TENANT), config);

        assertThat(issuer).hasValueSatisfying(found -> {
            assertThat(found.v1()).isTrue();
            assertThat(found.discoveryBase(config)).isEqualTo("https://login.microsoftonline.com/" + TENANT);
        });
    }

    @Test
    void shouldRefuseWhenTheIssuerNamesAnotherTenantThanTid() {
        assertThat(TokenIssuer.of(token("https://login.microsoftonline.com/" + OTHER + "/v2.0", TENANT), config))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/{tid}/v2.0", "https://login.microsoftonline.com/{tid}",
            "https://sts.windows.net/{tid}", "https://login.microsoftonline.com/common/v2.0"})
    void shouldRefuseWhenTheIssuerIsNotOneOfAzureAdsForms(String issuer) {
        assertThat(TokenIssuer.of(token(issuer.replace("{tid}", TENANT), TENANT), config)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b", "a.!!!.c", "a.e30.c"})
    void shouldRefuseWhenTheTokenIsNotAJwtWithATenant(String token) {
        assertThat(TokenIssuer.of(token, config)).isEmpty();
    }

    @Test
    void shouldRefuseWhenTidIsNotAGuid() {
        assertThat(TokenIssuer.of(token("https://login.microsoftonline.com/common/v2.0", "common"), config)).isEmpty();
    }

    private static String token(String issuer, String tid) {
        String payload = "{\"iss\":\"" + issuer + "\",\"tid\":\"" + tid + "\"}";
        return "eyJhbGciOiJSUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
