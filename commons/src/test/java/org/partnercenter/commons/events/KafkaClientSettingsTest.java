package org.partnercenter.commons.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    @Test
    void shouldKeepTheBrokerAddressAndSecuritySettingsWhenStrimziGivesThem() {
        Map<String, Object> broker = Map.of("bootstrap.servers", "cluster-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka-ca/ca.p12", "ssl.truststore.type", "PKCS12");

        assertThat(new KafkaClientSettings(broker).connection()).isEqualTo(broker);
    }

    @Test
    void shouldLeaveOutBlankValuesWhenAnOptionalSettingIsEmpty() {
        Map<String, Object> broker = Map.of("bootstrap.servers", "kafka:9092", "security.protocol", "PLAINTEXT",
                "sasl.mechanism", "", "ssl.truststore.password", " ");

        assertThat(new KafkaClientSettings(broker).connection())
                .isEqualTo(Map.of("bootstrap.servers", "kafka:9092", "security.protocol", "PLAINTEXT"));
    }

    @Test
    void shouldLeaveOutChannelSettingsWhenTheDefaultConfigurationCarriesThem() {
        Map<String, Object> broker = Map.of("bootstrap.servers", "kafka:9092", "group.id", "billing-service",
                "auto.offset.reset", "earliest");

        assertThat(new KafkaClientSettings(broker).connection()).isEqualTo(Map.of("bootstrap.servers", "kafka:9092"));
    }
}
