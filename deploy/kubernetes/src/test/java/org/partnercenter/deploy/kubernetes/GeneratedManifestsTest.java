package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The committed base/<app>.yaml files are what the apps' builds generate now. -Dmanifests.update=true rewrites them
 * from this reactor's generation instead of comparing (GeneratedManifest.REGENERATE).
 */
class GeneratedManifestsTest {

    static final java.util.List<String> APPS = Repository.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldEqualAFreshGenerationWhenCommitted(String app) {
        if (Repository.updating()) {
            GeneratedManifest.write(app);
        }

        assertThat(GeneratedManifest.committedBody(app))
                .as("%s differs from what %s's build generated; regenerate with: %s", Repository.committed(app),
                        app, GeneratedManifest.REGENERATE)
                .isEqualTo(GeneratedManifest.fresh(app));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldSayHowToRegenerateWhenCommitted(String app) {
        assertThat(Repository.read(Repository.committed(app))).startsWith(GeneratedManifest.header(app));
    }
}
