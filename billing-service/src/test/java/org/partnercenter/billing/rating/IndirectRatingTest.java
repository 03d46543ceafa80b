package org.partnercenter.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.customer;
import static org.partnercenter.billing.support.Publish.partner;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.subscription;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatedLines.Line;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.testing.PostgresAndKafka;

/** An indirect provider is invoiced for its resellers' customers' usage; each line remembers the reseller. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class IndirectRatingTest {

    private final RatingWorld world = new RatingWorld();

    @Test
    void shouldInvoiceTheProviderForEachResellersCustomersWhenTheyUseAzure() {
        // given an indirect provider invoiced in USD, two of its resellers, and a customer of each
        UUID provider = world.partner;
        UUID[] resellers = {UUID.randomUUID(), UUID.randomUUID()};
        UUID[] customers = {UUID.randomUUID(), UUID.randomUUID()};
        UUID[] subscriptions = {UUID.randomUUID(), UUID.randomUUID()};
        Publish.partners(partner(provider, "indirect_provider", null, "1000001", "USD"),
                partner(resellers[0], "indirect_reseller", provider, "2000001", "USD"),
                partner(resellers[1], "indirect_reseller", provider, "2000002", "USD"));
        UUID version = world.flatPrice(Instant.parse("2037-09-01T00:00:00Z"), "0.10");
        for (int i = 0; i < 2; i++) {
            Publish.customers(customer(customers[i], provider, resellers[i]));
            Publish.subscriptions(customers[i], subscription(subscriptions[i], customers[i], provider, resellers[i]));
        }

        // when both customers use the meter
        for (int i = 0; i < 2; i++) {
            Publish.usage(customers[i], usage(customers[i], provider, resellers[i], List.of(record("u" + i,
                    subscriptions[i], world.meterId, "7", Instant.parse("2037-09-03T00:00:00Z"), "/vm"))));
        }

        // then the provider is charged for each, and each line names its reseller
        for (int i = 0; i < 2; i++) {
            Line expected = new Line(provider, resellers[i], customers[i], world.meterId, LocalDate.of(2037, 9, 3),
                    "/vm", "2037-09", "Compute Hours", "1 GB", "westeurope", Map.of("env", "test"), "7", "0.1",
                    "0.1", "0.70", "USD", "0.70", "USD", "1", null, version);
            RatedLines.awaitLines(subscriptions[i], lines -> assertThat(lines).containsExactly(expected));
        }
    }

    @Test
    void shouldRateAResellersOwnCustomerAsItsProvidersWhenTheResellerIsKnownOnlyAfterTheUsage() {
        // given usage of a customer a reseller created itself (customer-service names the reseller its owner), sent
        // before billing knows the reseller: held, waiting for its partner
        UUID provider = world.partner;
        UUID reseller = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID subscription = UUID.randomUUID();
        Publish.customers(customer(customer, reseller, null));
        Publish.subscriptions(customer, subscription(subscription, customer, reseller, null));
        UUID version = world.flatPrice(Instant.parse("2037-10-01T00:00:00Z"), "0.10");
        Publish.usage(customer, usage(customer, reseller, null, List.of(record("own", subscription, world.meterId,
                "3", Instant.parse("2037-10-04T00:00:00Z"), "/vm"))));
        RatedLines.awaitHeld(customer, Map.of("own", "PARTNER_UNKNOWN"));

        // when the provider and then the reseller are registered
        Publish.partners(partner(provider, "indirect_provider", null, "1000001", "USD"),
                partner(reseller, "indirect_reseller", provider, "2000003", "USD"));

        // then the usage is rated as the provider's, naming the reseller
        Line expected = new Line(provider, reseller, customer, world.meterId, LocalDate.of(2037, 10, 4), "/vm",
                "2037-10", "Compute Hours", "1 GB", "westeurope", Map.of("env", "test"), "3", "0.1", "0.1", "0.30",
                "USD", "0.30", "USD", "1", null, version);
        RatedLines.awaitLines(subscription, lines -> assertThat(lines).containsExactly(expected));
    }
}
