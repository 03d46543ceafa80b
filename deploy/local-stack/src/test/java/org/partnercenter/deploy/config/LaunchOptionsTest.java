package org.partnercenter.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void shouldStartEverythingWithTheDemoWhenNoOptionIsGiven() {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options).isEqualTo(new LaunchOptions(false, true, false));
    }

    @Test
    void shouldLoadNoDemoWhenOnlyTheInfrastructureStarts() {
        LaunchOptions options = LaunchOptions.parse("--infra-only");

        assertThat(options.infraOnly()).isTrue();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void shouldStartTheServicesWithoutDemoDataWhenNoDemoIsAsked() {
        LaunchOptions options = LaunchOptions.parse("--no-demo");

        assertThat(options.infraOnly()).isFalse();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void shouldAskForTheUsageWhenHelpIsGivenInEitherSpelling() {
        assertThat(LaunchOptions.parse("--help").help()).isTrue();
        assertThat(LaunchOptions.parse("-h").help()).isTrue();
    }

    @Test
    void shouldNameTheOptionWhenItIsUnknown() {
        assertThatThrownBy(() -> LaunchOptions.parse("--no-demo", "--infra"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --infra");
    }
}
