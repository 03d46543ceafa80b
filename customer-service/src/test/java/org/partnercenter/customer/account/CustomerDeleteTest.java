package org.partnercenter.customer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerDeleteTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldDeleteFreeTheDomainAndPublishWhenTheOwnerDeletes() {
        Caller partner = Callers.direct();
        String domain = CustomerBodies.uniqueDomain();
        String id = Customers.create(partner, CustomerBodies.customer().domain(domain)).getString("id");

        as(partner).delete("/v1/customers/" + id).then().statusCode(204);

        as(partner).get("/v1/customers/" + id).then().statusCode(404);
        Customers.create(Callers.direct(), CustomerBodies.customer().domain(domain));
        var records = TopicReader.readUntil(bootstrapServers, CustomerServiceEvents.CUSTOMERS.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(id) && r.value().contains("customer.deleted")),
                Duration.ofSeconds(30));
        assertThat(records.stream().filter(r -> r.key().equals(id)).map(r -> EventJson.read(r.value()).type()))
                .containsExactly("customer.created", "customer.deleted");
    }

    @Test
    void shouldRefuseTheRoleWhenASalesAgentsColleagueInHelpdeskDeletes() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);

        as(Callers.withRoles(partner, org.partnercenter.commons.caller.Roles.HELPDESK_AGENT))
                .delete("/v1/customers/" + id).then().statusCode(403);

        as(partner).get("/v1/customers/" + id).then().statusCode(200);
    }
}
