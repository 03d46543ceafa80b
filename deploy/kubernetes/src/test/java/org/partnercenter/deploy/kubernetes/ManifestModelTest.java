package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Everything an overlay applies parses as the Kubernetes API model or Strimzi's, and every file it names exists. */
class ManifestModelTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldMatchTheApiModelWhenAnOverlayIsBuilt(String overlay) {
        List<Path> files = Kustomization.of(Repository.overlay(overlay)).resourceFiles();

        assertThat(files).isNotEmpty().allSatisfy(file -> {
            assertThat(file).as("resource listed by a kustomization").isRegularFile();
            for (JsonNode document : YamlDocuments.of(file)) {
                assertThatCode(() -> ApiModel.parse(document, file.toString())).doesNotThrowAnyException();
            }
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldFindEveryPatchWhenAnOverlayIsBuilt(String overlay) {
        List<Path> patches = Kustomization.of(Repository.overlay(overlay)).patchFiles();

        assertThat(patches).isNotEmpty().allSatisfy(patch -> assertThat(Files.isRegularFile(patch))
                .as("patch %s", patch).isTrue());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldMatchTheApiModelWhenAPatchIsAPartialResource(String overlay) {
        for (Path patch : Kustomization.of(Repository.overlay(overlay)).patchFiles()) {
            for (JsonNode document : YamlDocuments.of(patch)) {
                if (document.isObject()) {
                    assertThatCode(() -> ApiModel.parse(document, patch.toString())).doesNotThrowAnyException();
                }
            }
        }
    }
}
