package org.partnercenter.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CliApplicationTest {

    @Test
    void shouldAddTheClientIdAndKeepEveryOtherMemberWhenAddedToStackJson() throws Exception {
        String written = "{\"gatewayUrl\":\"http://127.0.0.1:8080\",\"partners\":[{\"name\":\"a\"}]}";

        JsonNode json = new ObjectMapper().readTree(new CliApplication("app-1").addedTo(written));

        assertThat(json.path("cliClientId").asText()).isEqualTo("app-1");
        assertThat(json.path("gatewayUrl").asText()).isEqualTo("http://127.0.0.1:8080");
        assertThat(json.path("partners").get(0).path("name").asText()).isEqualTo("a");
    }
}
