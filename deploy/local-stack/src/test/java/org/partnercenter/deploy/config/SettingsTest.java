package org.partnercenter.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    /** An environment variable every test JVM has, and the system property that overrides it. */
    private static final String VARIABLE = "PATH";
    private static final String PROPERTY = "path";

    @AfterEach
    void forgetTheProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void shouldReadTheEnvironmentWhenNoSystemPropertyIsSet() {
        assertThat(Settings.fromSystem().find(VARIABLE)).contains(System.getenv(VARIABLE));
    }

    @Test
    void shouldPreferTheSystemPropertyWhenBothAreSet() {
        System.setProperty(PROPERTY, "/from/the/property");

        assertThat(Settings.fromSystem().find(VARIABLE)).contains("/from/the/property");
    }

    @Test
    void shouldFindNothingWhenNeitherIsSet() {
        assertThat(Settings.fromSystem().find("PC_NOT_A_SETTING_OF_THE_STACK")).isEmpty();
    }

    @Test
    void shouldSpellThePropertyInLowerCaseWithDotsWhenTheSettingHasUnderscores() {
        System.setProperty("pc.kafka.controller.port", "29093");
        try {
            assertThat(Settings.fromSystem().find("PC_KAFKA_CONTROLLER_PORT")).contains("29093");
        } finally {
            System.clearProperty("pc.kafka.controller.port");
        }
    }
}
