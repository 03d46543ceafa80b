package org.partnercenter.commons.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

class TextInAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/users/x/roles/%2e%2e", "/v1/users/%2E", "/v1/users/.%2e/x", "/v1/users/%2e./x",
            "/v1/users/../x", "/v1/users/./x", "/v1/users/..", "/v1/users/a%2fb", "/v1/users/a%2Fb",
            "/v1/users/a%5cb", "/v1/users/a%5Cb", "/v1/users/a\\b", "/v1/users/%ZZ", "/v1/users/%4", "/v1/users/%",
            "/v1/users/a%00b", "/v1/users/a\u0001b", "/v1/customers/x/usagesummary;y", "/v1/users/%ED%A0%80",
            "/v1/users/%C3"})
    void shouldRefuseThePathWhenItHoldsWhatNoRouteAccepts(String path) {
        assertThatThrownBy(() -> TextInAddress.checkPath(path)).isInstanceOf(ApiException.class)
                .hasMessageContaining("The path " + path.replace("\u0000", "%00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/users/x/roles/global_admin", "/v1/customers/a.b/orders", "/v1/files/report..csv",
            "/v1/users/%41dmin", "/v1/customers/id%2Ewith%2Edots", "/v1/users/..x", "/v1/users/%C3%A9",
            "/v1/users/%F0%9F%98%80"})
    void shouldAcceptThePathWhenDotsAndEscapesAreOrdinaryText(String path) {
        assertThatCode(() -> TextInAddress.checkPath(path)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name=a%00b", "filter=%ZZ", "q=xxxxxxxxxxx", "size=1&size=2&size=3", "currency=%ED%A0%80"})
    void shouldNameTheParameterWhenTheQueryBreaksALimit(String query) {
        String named = query.contains("&") ? "query" : query.substring(0, query.indexOf('='));

        assertThatThrownBy(() -> TextInAddress.checkQuery(query, 2, 10)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).data()).containsExactly(named));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=5", "filter=%7B%22Field%22%3A%22Domain%22%7D", "a=1&b=+x+", ""})
    void shouldAcceptTheQueryWhenItIsWithinTheLimits(String query) {
        assertThatCode(() -> TextInAddress.checkQuery(query, 2, 100)).doesNotThrowAnyException();
    }
}
