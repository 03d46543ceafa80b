package org.partnercenter.billing.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Events;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.partner.PartnerState;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.SampleEvent;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class PartnerEventsTest {

    @Test
    void shouldStoreThePartnerAsTheGatewaySentItWhenItIsRegistered() {
        // given the gateway's sample registration of a reseller
        UUID reseller = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        SampleEvent sample = EventSamples.of(IdentityGatewayEvents.PARTNER_REGISTERED).with("tenantId", reseller)
                .with("providerTenantId", provider).withAFieldFromTheFuture();

        // when it is published
        Events.send(IdentityGatewayEvents.PARTNERS.name(), sample.envelope(reseller));

        // then billing keeps what rating and invoicing need from it
        Events.awaitPartner(reseller);
        Partner stored = QuarkusTransaction.requiringNew().call(() -> Partner.<Partner>findById(reseller));
        assertThat(stored.name).isEqualTo(sample.text("name"));
        assertThat(stored.partnerType).isEqualTo(PartnerType.INDIRECT_RESELLER);
        assertThat(sample.text("partnerType")).isEqualTo("indirect_reseller");
        assertThat(stored.providerTenantId).isEqualTo(provider);
        assertThat(stored.mpnId).isEqualTo(sample.text("mpnId"));
        assertThat(stored.country).isEqualTo(sample.text("country"));
        assertThat(stored.currency).isEqualTo(sample.text("currency"));
        assertThat(stored.state).isEqualTo(PartnerState.ACTIVE);
        // and the address its statements print
        assertThat(stored.address.addressLine1()).isEqualTo(sample.text("address.addressLine1"));
        assertThat(stored.address.city()).isEqualTo(sample.text("address.city"));
        assertThat(stored.address.country()).isEqualTo(sample.text("address.country"));
    }

    @Test
    void shouldKeepTheAddressUntilAnUpdateCarriesAnEmptyOneWhenUpdatesFollow() {
        // given a partner registered with the sample's address
        UUID partner = UUID.randomUUID();
        SampleEvent registered = EventSamples.of(IdentityGatewayEvents.PARTNER_REGISTERED).with("tenantId", partner)
                .with("partnerType", "direct").with("providerTenantId", null);
        Events.send(IdentityGatewayEvents.PARTNERS.name(), registered.envelope(partner));
        Events.awaitPartner(partner);

        // when an update from before addresses (no such field) renames it
        Events.send(IdentityGatewayEvents.PARTNERS.name(), updated(partner).with("name", "Renamed")
                .with("address", null).envelope(partner));

        // then it keeps its address
        StoredRows.awaitStored("select count(*) from partner where tenant_id = ?1 and name = 'Renamed'", partner);
        assertThat(StoredRows.count("select count(*) from partner where tenant_id = ?1 and address_line1 = ?2",
                partner, registered.text("address.addressLine1"))).isEqualTo(1);

        // and when an update carries an empty address, the address is gone
        Events.send(IdentityGatewayEvents.PARTNERS.name(), updated(partner).with("address", Map.of())
                .envelope(partner));
        StoredRows.awaitStored("select count(*) from partner where tenant_id = ?1 and address_line1 is null "
                + "and address_city is null and address_country is null", partner);
    }

    private static SampleEvent updated(UUID partner) {
        return EventSamples.of(IdentityGatewayEvents.PARTNER_UPDATED).with("tenantId", partner)
                .with("partnerType", "direct").with("providerTenantId", null);
    }
}
