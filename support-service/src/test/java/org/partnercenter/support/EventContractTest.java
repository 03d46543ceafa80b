package org.partnercenter.support;

import static org.partnercenter.events.support.SupportServiceEvents.SERVICE_INCIDENT_DECLARED;
import static org.partnercenter.events.support.SupportServiceEvents.SERVICE_INCIDENT_RESOLVED;
import static org.partnercenter.events.support.SupportServiceEvents.SERVICE_INCIDENT_UPDATED;
import static org.partnercenter.events.support.SupportServiceEvents.TICKET_CLOSED;
import static org.partnercenter.events.support.SupportServiceEvents.TICKET_CREATED;
import static org.partnercenter.events.support.SupportServiceEvents.TICKET_ESCALATED;
import static org.partnercenter.events.support.SupportServiceEvents.TICKET_UPDATED;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Events;
import org.partnercenter.support.support.Incidents;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.EventContract;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * support-service's side of its event contracts: each ticket event its real code path stores in the outbox has the
 * shape of the committed sample. {@code -Dpartner-center.contracts.write=true} rewrites the samples.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class EventContractTest {

    @Test
    void shouldPublishTicketEventsShapedAsTheirSamplesWhenARequestIsOpenedEscalatedAnsweredAndClosed() {
        Caller partner = Callers.direct();
        String key = partner.partnerTenantId().toString();
        String id = ServiceRequests.request().customer(Events.knownCustomer(partner)).openIdAs(partner);
        EventContract.assertPublishedAsSample(TICKET_CREATED, key);

        ServiceRequests.escalate(partner, id);
        EventContract.assertPublishedAsSample(TICKET_ESCALATED, key);

        ServiceRequests.patch(Callers.support(), id, Map.of("NewNote", Map.of("Text", "Looking into it.")));
        EventContract.assertPublishedAsSample(TICKET_UPDATED, key);

        ServiceRequests.patch(partner, id, Map.of("Status", "Closed"));
        EventContract.assertPublishedAsSample(TICKET_CLOSED, key);
    }

    @Test
    void shouldPublishIncidentEventsShapedAsTheirSamplesWhenAnIncidentIsDeclaredUpdatedAndResolved() {
        String id = Incidents.incident(Incidents.newWorkload()).declareId();
        EventContract.assertPublishedAsSample(SERVICE_INCIDENT_DECLARED, id);

        Incidents.patch(id, Map.of("message", "Orders are failing in West Europe.", "status", "critical"));
        EventContract.assertPublishedAsSample(SERVICE_INCIDENT_UPDATED, id);

        Incidents.patch(id, Map.of("resolved", true, "message", "Fixed."));
        EventContract.assertPublishedAsSample(SERVICE_INCIDENT_RESOLVED, id);
    }
}
