package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every variable an app requires in production (its %prod required-environment lists) is set by its Deployment. */
class RequiredEnvironmentTest {

    static final List<String> APPS = Repository.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldSetEveryRequiredVariableWhenTheAppIsDeployed(String app) {
        var required = AppConfig.of(app).requiredEnvironment();

        var deployed = DeployedEnvironment.of(Manifests.base(), app);

        assertThat(deployed.keySet())
                .as("%s's Deployment (with its ConfigMaps) must set what %s requires in production", app, app)
                .containsAll(required);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldReadTheSharedAndTheOwnListWhenTheProfileIsProd(String app) {
        var required = AppConfig.of(app).requiredEnvironment();

        assertThat(required).as("commons' shared list").contains("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(required).as("%s's own list", app).containsAnyOf("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "GATEWAY_SIGN_IN_AUDIENCES");
    }
}
