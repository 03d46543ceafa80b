package org.partnercenter.customer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.customer.support.PartnerEvents.awaitStored;
import static org.partnercenter.customer.support.PartnerEvents.event;
import static org.partnercenter.customer.support.PartnerEvents.registered;
import static org.partnercenter.customer.support.PartnerEvents.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class PartnerEventsTest {

    @Test
    void shouldStoreThePartnerWhenTheGatewayRegistersIt() {
        UUID provider = UUID.randomUUID();

        send(registered(provider, "indirect_provider", null, "Adatum Distribution"));

        awaitStored("select count(*) from partner where tenant_id = ?1 and name = 'Adatum Distribution' "
                + "and partner_type = 'INDIRECT_PROVIDER' and state = 'ACTIVE'", provider);
    }

    @Test
    void shouldApplyAnEventOnceWhenItIsRedeliveredAfterALaterOne() {
        UUID partner = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        var first = registered(partner, "direct", null, "First Name");

        // One key, one partition: the sentinel partner is stored only after the redelivered event was handled.
        send(first, event("partner.updated", partner, "direct", null, "Second Name"), first,
                registered(sentinel, "direct", null, "Sentinel"));

        awaitStored("select count(*) from partner where tenant_id = ?1", sentinel);
        // Applied again, the registration would have put the first name back; refused by the table instead of
        // skipped, it would have been parked as a failure.
        assertThat(StoredRows.count("select count(*) from partner where tenant_id = ?1 and name = 'Second Name'",
                partner)).isEqualTo(1);
        assertThat(StoredRows.count("select count(*) from parked_event where event_id = ?1", first.id())).isZero();
    }

    @Test
    void shouldKeepConsumingWhenAnEventIsUnreadable() {
        UUID partner = UUID.randomUUID();

        send(partner.toString(), "{not json", EventJson.write(registered(partner, "direct", null, "After Garbage")));

        awaitStored("select count(*) from partner where tenant_id = ?1", partner);
    }

    @Test
    void shouldSuspendAndReactivateWhenTheGatewaySaysSo() {
        UUID partner = UUID.randomUUID();
        send(registered(partner, "direct", null, "Suspendable"), event("partner.suspended", partner, "direct", null,
                "Suspendable"));
        awaitStored("select count(*) from partner where tenant_id = ?1 and state = 'SUSPENDED'", partner);

        send(event("partner.reactivated", partner, "direct", null, "Suspendable"));

        awaitStored("select count(*) from partner where tenant_id = ?1 and state = 'ACTIVE'", partner);
    }
}
