package org.partnercenter.e2e.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** A PNG of the page as it is now, in {@code e2e/target/portal-screenshots/<name>.png} (the build's directory). */
final class Screenshots {

    private final TakesScreenshot camera;
    private final Path directory;
    private final Set<String> taken = new HashSet<>();

    Screenshots(TakesScreenshot camera) {
        this.camera = camera;
        this.directory = Path.of(System.getProperty("e2e.screenshots", "target/portal-screenshots"));
    }

    void take(String name) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
            taken.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the screenshot " + name, e);
        }
    }

    /** For pages every sign-in passes (the provider's): one picture is enough. */
    void once(String name) {
        if (!taken.contains(name)) {
            take(name);
        }
    }
}
