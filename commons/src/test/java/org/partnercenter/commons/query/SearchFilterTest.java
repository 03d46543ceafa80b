package org.partnercenter.commons.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.error.ApiException;

class SearchFilterTest {

    enum Field {
        COMPANY_NAME,
        DOMAIN
    }

    @Test
    void shouldReadTheFilterWhenTheDocsShapeIsSent() {
        var filter = SearchFilter.parse("{\"Field\":\"CompanyName\",\"Value\":\"Cont\",\"Operator\":\"starts_with\"}",
                Field.class);

        assertThat(filter).contains(new SearchFilter<>(Field.COMPANY_NAME, "Cont", SearchOperator.STARTS_WITH));
    }

    @Test
    void shouldReadTheFilterWhenNamesAndValuesComeInAnotherCase() {
        var filter = SearchFilter.parse("{\"field\":\"domain\",\"value\":\"x\",\"operator\":\"StartsWith\"}", Field.class);

        assertThat(filter.orElseThrow().field()).isEqualTo(Field.DOMAIN);
    }

    @Test
    void shouldBeEmptyWhenNoFilterIsSent() {
        assertThat(SearchFilter.parse(null, Field.class)).isEmpty();
        assertThat(SearchFilter.parse(" ", Field.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1]", "\"text\""})
    void shouldRefuseWhenTheFilterIsNotAJsonObject(String filter) {
        assertThatThrownBy(() -> SearchFilter.parse(filter, Field.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.data()).containsExactly("filter");
                });
    }

    @Test
    void shouldNameEveryProblemWhenFieldValueAndOperatorAreWrong() {
        assertThatThrownBy(() -> SearchFilter.parse("{\"Field\":\"Email\",\"Operator\":\"contains\"}", Field.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.data()).hasSize(3);
                    assertThat(e.getMessage()).contains("CompanyName, Domain").contains("starts_with");
                });
    }

    @Test
    void shouldRefuseNamingTheValueWhenItHoldsANulCharacter() {
        assertThatThrownBy(() -> SearchFilter.parse("{\"Field\":\"Domain\",\"Value\":\"a\\u0000b\"}", Field.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.data()).singleElement().asString().startsWith("filter.Value").contains("NUL");
                });
    }

    @Test
    void shouldRefuseAnOperatorOtherThanStartsWithWhenTheCollectionStatesNone() {
        assertThatThrownBy(() -> SearchFilter.parse("{\"Field\":\"Domain\",\"Value\":\"x\",\"Operator\":\"equals\"}",
                Field.class)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.data()).singleElement().asString().startsWith("filter.Operator");
                    assertThat(e.getMessage()).contains("expected starts_with");
                });
    }

    @Test
    void shouldReadEachFieldsOwnOperatorWhenTheCollectionStatesThem() {
        Map<Field, Set<SearchOperator>> operators = Map.of(Field.COMPANY_NAME, Set.of(SearchOperator.SUBSTRING),
                Field.DOMAIN, Set.of(SearchOperator.EQUALS, SearchOperator.STARTS_WITH));

        assertThat(SearchFilter.parse("{\"Field\":\"CompanyName\",\"Value\":\"00\",\"Operator\":\"substring\"}",
                Field.class, operators).orElseThrow().operator()).isEqualTo(SearchOperator.SUBSTRING);
        assertThat(SearchFilter.parse("{\"field\":\"Domain\",\"value\":\"x\",\"operator\":\"Equals\"}",
                Field.class, operators).orElseThrow().operator()).isEqualTo(SearchOperator.EQUALS);
        assertThat(SearchFilter.parse("{\"Field\":\"CompanyName\",\"Value\":\"00\"}", Field.class, operators)
                .orElseThrow().operator()).isEqualTo(SearchOperator.SUBSTRING);
    }

    @Test
    void shouldRefuseNamingTheFieldWhenItsOperatorIsAnotherFieldsOrMissingAmongSeveral() {
        Map<Field, Set<SearchOperator>> operators = Map.of(Field.COMPANY_NAME, Set.of(SearchOperator.SUBSTRING),
                Field.DOMAIN, Set.of(SearchOperator.EQUALS, SearchOperator.STARTS_WITH));

        assertThatThrownBy(() -> SearchFilter.parse("{\"Field\":\"CompanyName\",\"Value\":\"x\",\"Operator\":"
                + "\"equals\"}", Field.class, operators)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("for CompanyName, expected substring");
                });
        assertThatThrownBy(() -> SearchFilter.parse("{\"Field\":\"Domain\",\"Value\":\"x\"}", Field.class,
                operators)).isInstanceOfSatisfying(ApiException.class, e ->
                    assertThat(e.getMessage()).contains("missing for Domain, expected one of equals, starts_with"));
    }

    @Test
    void shouldRefuseAFieldTheCollectionDoesNotSearchWhenItIsOneOfTheEnums() {
        assertThatThrownBy(() -> SearchFilter.parse("{\"Field\":\"Domain\",\"Value\":\"x\"}", Field.class,
                Map.of(Field.COMPANY_NAME, Set.of(SearchOperator.SUBSTRING))))
                .isInstanceOfSatisfying(ApiException.class, e ->
                    assertThat(e.data()).singleElement().asString().startsWith("filter.Field"));
    }

    @Test
    void shouldEscapeLikeWildcardsWhenBuildingTheSubstringPattern() {
        var filter = new SearchFilter<>(Field.COMPANY_NAME, "A_b%", SearchOperator.SUBSTRING);

        assertThat(filter.likeSubstringPattern()).isEqualTo("%a\\_b\\%%");
    }

    @Test
    void shouldEscapeLikeWildcardsWhenBuildingThePrefixPattern() {
        var filter = new SearchFilter<>(Field.COMPANY_NAME, "A_b%", SearchOperator.STARTS_WITH);

        assertThat(filter.likePrefixPattern()).isEqualTo("a\\_b\\%%");
    }
}
