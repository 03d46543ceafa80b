package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** compose.yaml runs what the manifests deploy: the same apps and images, ports and required variables. */
class ComposeTest {

    static final List<String> APPS = Repository.APPS;

    @Test
    void shouldRunTheSameAppsWhenComposed() {
        Set<String> deployed = new TreeSet<>();
        Manifests.base().all(Deployment.class).forEach(d -> deployed.add(d.getMetadata().getName()));

        assertThat(Compose.read().services()).containsAll(deployed).containsAll(APPS);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldUseTheDeployedImageWhenComposed(String app) {
        String image = DeployedEnvironment.container(Manifests.base(), app).getImage();

        assertThat(Compose.read().service(app).path("image").asText()).isEqualTo(image);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldExposeTheDeployedPortsWhenComposed(String app) {
        Set<Integer> deployed = new TreeSet<>();
        DeployedEnvironment.container(Manifests.base(), app).getPorts().stream()
                .map(ContainerPort::getContainerPort).forEach(deployed::add);

        assertThat(Compose.read().exposedPorts(app)).isEqualTo(deployed);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldSetEveryRequiredVariableWhenComposed(String app) {
        Set<String> required = new TreeSet<>(AppConfig.of(app).requiredEnvironment());
        required.add("PC_MANAGEMENT_HOST");

        assertThat(Compose.read().environment(app)).containsAll(required);
    }
}
