package org.partnercenter.deploy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercenter.deploy.config.LaunchOptions;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.config.TestSettings;
import org.partnercenter.deploy.lifecycle.RunningStack;
import org.partnercenter.deploy.lifecycle.StackLock;

class StackReportTest {

    @TempDir
    Path checkout;

    @Test
    void shouldWriteTheStackFileInTheStackDirectoryWhenTheStackIsUpAndRemoveItOnStop() throws Exception {
        StackConfig config = TestSettings.config(checkout, LaunchOptions.parse("--infra-only"), Map.of());
        try (StackLock lock = StackLock.acquire(config.workDir())) {
            StackReport report = new StackReport(config, new RunningStack(lock), StackJsonTest.postgres(config),
                    StackJsonTest.kafka(config));

            report.announce(Duration.ofSeconds(3), Optional.empty(), List.of());

            Path written = checkout.resolve("target/local-stack/stack.json");
            assertThat(report.stackJson()).isEqualTo(written);
            assertThat(new ObjectMapper().readTree(written.toFile()).path("kafkaBootstrap").asText())
                    .isEqualTo("127.0.0.1:9092");
            assertThat(written.resolveSibling("stack.json.tmp")).doesNotExist();

            report.deleteStackJson();

            assertThat(written).doesNotExist();
            assertThat(Files.list(config.workDir()).map(Path::getFileName).map(Path::toString))
                    .doesNotContain("stack.json");
        }
    }
}
