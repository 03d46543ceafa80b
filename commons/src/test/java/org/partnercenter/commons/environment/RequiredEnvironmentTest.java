package org.partnercenter.commons.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredEnvironmentTest {

    private static final String SHARED = "QUARKUS_DATASOURCE_PASSWORD, KAFKA_BOOTSTRAP_SERVERS";

    @Test
    void shouldNameTheMissingVariablesInTheirDeclaredOrderWhenSomeAreUnset() {
        RequiredEnvironment required = RequiredEnvironment.of(SHARED, "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

        var missing = required.missingFrom(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")::get);

        assertThat(missing).containsExactly("QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void shouldCountABlankVariableAsMissingWhenItsSecretKeyWasLeftEmpty() {
        RequiredEnvironment required = RequiredEnvironment.of(SHARED, null);

        var missing = required.missingFrom(
                Map.of("QUARKUS_DATASOURCE_PASSWORD", "  ", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")::get);

        assertThat(missing).containsExactly("QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void shouldRequireNothingWhenNoProfileDeclaresTheLists() {
        RequiredEnvironment required = RequiredEnvironment.of(null, " ");

        assertThat(required.names()).isEmpty();
        assertThat(required.missingFrom(name -> null)).isEmpty();
    }

    @Test
    void shouldListANameOnceWhenBothListsDeclareIt() {
        RequiredEnvironment required = RequiredEnvironment.of(SHARED, "KAFKA_BOOTSTRAP_SERVERS,PC_AAD_AUTHORITY,");

        assertThat(required.names())
                .containsExactly("QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "PC_AAD_AUTHORITY");
    }

    @Test
    void shouldRefuseInOneLineNamingTheApplicationAndTheVariablesWhenSomeAreMissing() {
        String line = RequiredEnvironment.refusal("billing-service",
                List.of("QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS"));

        assertThat(line).isEqualTo("billing-service cannot start: missing environment QUARKUS_DATASOURCE_PASSWORD, "
                + "KAFKA_BOOTSTRAP_SERVERS (production profile, see deploy/kubernetes/README.md)");
    }
}
