package org.partnercenter.deploy.config;

/**
 * What the command line asks for.
 *
 * @param demo whether to load demo data once the services are up: never with {@code infraOnly}
 */
public record LaunchOptions(boolean infraOnly, boolean demo, boolean help) {

    /** @throws IllegalArgumentException naming the first option it does not know */
    public static LaunchOptions parse(String... args) {
        boolean infraOnly = false;
        boolean demo = true;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--infra-only" -> infraOnly = true;
                case "--no-demo" -> demo = false;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new LaunchOptions(infraOnly, demo && !infraOnly, help);
    }
}
