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
        var first = registered(partner, "direct", null, "First Name");
        var renamed = event("partner.updated", partner, "direct", null, "Second Name");
        String sentinel = "sentinel";

        send(first, renamed, first, event("partner.updated", partner, "direct", null, sentinel));

        awaitStored("select count(*) from partner where tenant_id = ?1 and name = ?2", partner, sentinel);
        assertThat(StoredRows.count("select count(*) from consumed_event where event_id = ?1", first.id())).isEqualTo(1);
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
