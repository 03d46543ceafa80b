package org.partnercenter.customer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.customer.support.PartnerEvents.awaitStored;
import static org.partnercenter.customer.support.PartnerEvents.event;
import static org.partnercenter.customer.support.PartnerEvents.registered;
import static org.partnercenter.customer.support.PartnerEvents.send;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REACTIVATED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REGISTERED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_SUSPENDED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_UPDATED;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.SampleEvent;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class PartnerEventsTest {

    @Test
    void shouldStoreThePartnerAsTheGatewaySentItWhenTheGatewayRegistersIt() {
        UUID reseller = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        SampleEvent sample = EventSamples.of(PARTNER_REGISTERED).with("tenantId", reseller)
                .with("providerTenantId", provider);

        send(sample.envelope(reseller));

        awaitStored("select count(*) from partner where tenant_id = ?1", reseller);
        assertThat(StoredRows.count("select count(*) from partner where tenant_id = ?1 and name = ?2 and mpn_id = ?3 "
                + "and country = ?4 and currency = ?5 and provider_tenant_id = ?6 and lower(partner_type) = ?7 "
                + "and lower(state) = ?8 and address_line1 = ?9 and address_postal_code = ?10 and address_country = ?11",
                reseller, sample.text("name"), sample.text("mpnId"), sample.text("country"), sample.text("currency"),
                provider, sample.text("partnerType"), sample.text("state"), sample.text("address.addressLine1"),
                sample.text("address.postalCode"), sample.text("address.country"))).isEqualTo(1);
    }

    @Test
    void shouldApplyAnEventOnceWhenItIsRedeliveredAfterALaterOne() {
        UUID partner = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        var first = registered(partner, "direct", null, "First Name");

        // One key, one partition: the sentinel partner is stored only after the redelivered event was handled.
        send(first, event(PARTNER_UPDATED, partner, "direct", null, "Second Name"), first,
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
        send(registered(partner, "direct", null, "Suspendable"), event(PARTNER_SUSPENDED, partner, "direct", null,
                "Suspendable"));
        awaitStored("select count(*) from partner where tenant_id = ?1 and state = 'SUSPENDED'", partner);

        send(event(PARTNER_REACTIVATED, partner, "direct", null, "Suspendable"));

        awaitStored("select count(*) from partner where tenant_id = ?1 and state = 'ACTIVE'", partner);
    }
}
