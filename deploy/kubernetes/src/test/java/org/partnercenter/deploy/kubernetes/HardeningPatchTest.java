package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/**
 * quarkus-kubernetes sets no container securityContext, so the base patches every Deployment of the suite: the
 * patch must exist, reach all of them (its label selector) and make the root filesystem read-only.
 */
class HardeningPatchTest {

    @Test
    void shouldMakeTheRootFilesystemReadOnlyWhenTheBaseIsBuilt() {
        JsonNode patch = Kustomization.of(Repository.base()).patches().stream()
                .filter(p -> p.path("path").asText().equals("hardening.yaml")).findFirst().orElseThrow();
        JsonNode operations = YamlDocuments.of(Repository.base().resolve("hardening.yaml")).get(0);

        assertThat(patch.path("target").path("kind").asText()).isEqualTo("Deployment");
        assertThat(operations.findValue("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(operations.findValue("allowPrivilegeEscalation").asBoolean()).isFalse();
    }

    @Test
    void shouldReachEveryDeploymentWhenTheHardeningPatchSelectsByLabel() {
        String[] selector = Kustomization.of(Repository.base()).patches().get(0).path("target")
                .path("labelSelector").asText().split("=");

        assertThat(Manifests.base().all(Deployment.class)).hasSize(Repository.APPS.size())
                .allSatisfy(d -> assertThat(d.getMetadata().getLabels()).as("labels of %s", d.getMetadata().getName())
                        .containsEntry(selector[0], selector[1]));
    }
}
