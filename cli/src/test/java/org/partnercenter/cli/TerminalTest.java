package org.partnercenter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Progress is for a person at a terminal: told apart from a pipe on every Java from 17 on. */
class TerminalTest {

    /** A console as Java 22 and later give one when the output is piped. */
    public static final class PipedConsole {
        public boolean isTerminal() {
            return false;
        }
    }

    @Test
    void shouldSeeNoTerminalWhenAJava22ConsoleSaysItIsNotOne() {
        assertThat(CliEnvironment.isTerminal(new PipedConsole())).isFalse();
    }

    @Test
    void shouldSeeATerminalWhenAConsoleWithoutIsTerminalExists() {
        assertThat(CliEnvironment.isTerminal(new Object())).isTrue();
    }

    @Test
    void shouldSeeNoTerminalWhenThereIsNoConsole() {
        assertThat(CliEnvironment.isTerminal(null)).isFalse();
    }
}
