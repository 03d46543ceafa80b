package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** No Secret value is committed: Secrets are created in the cluster (README) and only referenced here. */
class SecretValuesTest {

    static final List<String> APPS = Repository.APPS;

    /** A credential's name; a file's location or a store's type is not one. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?!.*_(LOCATION|TYPE)$).*(PASSWORD|SECRET|JAAS|PRIVATE_KEY|TOKEN).*");

    @Test
    void shouldCommitNoSecretValueWhenAnyManifestDeclaresASecret() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : yamlFiles()) {
            for (JsonNode document : YamlDocuments.of(file)) {
                boolean secret = "Secret".equals(document.path("kind").asText());
                if (secret && (hasEntries(document.path("data")) || hasEntries(document.path("stringData")))) {
                    offending.add(file + ": Secret " + document.path("metadata").path("name").asText());
                }
                if (document.has("secretGenerator")) {
                    offending.add(file + ": secretGenerator");
                }
            }
        }

        assertThat(offending).as("committed Secret values").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldReferenceASecretWhenAVariableHoldsACredential(String app) {
        var container = DeployedEnvironment.container(Manifests.base(), app);

        assertThat(container.getEnv()).filteredOn(v -> CREDENTIAL.matcher(v.getName()).matches())
                .allSatisfy(v -> assertThat(secretRef(v)).as(v.getName()).isTrue());
    }

    @Test
    void shouldHoldNoCredentialWhenAConfigMapIsCommitted() {
        assertThat(Manifests.base().all(ConfigMap.class)).flatMap(m -> m.getData().keySet())
                .noneMatch(key -> CREDENTIAL.matcher(key).matches());
    }

    private static boolean secretRef(EnvVar variable) {
        return variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null;
    }

    private static boolean hasEntries(JsonNode node) {
        return node.isObject() && !node.isEmpty();
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Repository.manifests())) {
            walk.filter(p -> !p.startsWith(Repository.manifests().resolve("target")))
                    .filter(p -> !p.startsWith(Repository.manifests().resolve("src")))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .forEach(files::add);
        }
        files.add(Repository.compose());
        return files;
    }
}
