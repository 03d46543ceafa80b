package org.partnercenter.support;

import static org.partnercenter.testing.WriteAccessContract.Write.json;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Incidents;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.WriteAccessContract;

/** Every write of this service refuses a caller without the right before it reads the body. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class WriteAccessTest extends WriteAccessContract {

    private static final String TOO_LONG_NOTE = "{\"NewNote\": {\"Text\": \"" + "x".repeat(10_001) + "\"}}";

    private final Caller owner = Callers.direct();

    @Override
    protected UUID partnerTenantId() {
        return owner.partnerTenantId();
    }

    @Override
    protected List<Write> writes() {
        // Escalated, so that support sees it too and a caller with the right meets the body's 400.
        String request = "/v1/servicerequests/" + ServiceRequests.escalated(owner);
        String incident = Incidents.incident(Incidents.newWorkload()).declareId();
        return List.of(
                json("POST", "/v1/servicerequests/en-US", Access.SERVICE_REQUEST_OPEN, "{\"Title\": \"\"}")
                        .notForResellers(),
                json("POST", request + "/escalate", Access.SERVICE_REQUEST_OPEN, "{\"reason\": \"\"}")
                        .notForResellers(),
                json("PATCH", request, Access.SERVICE_REQUEST_WRITE, TOO_LONG_NOTE).notForResellers(),
                json("PATCH", "/v1/customers/" + UUID.randomUUID() + "/servicerequests/1",
                        Access.SERVICE_REQUEST_WRITE, TOO_LONG_NOTE).notForResellers().answeringAllowed(404),
                json("POST", "/v1/servicerequests/supporttopics", Access.SUPPORT_TOPIC_WRITE, "{\"name\": \"\"}")
                        .notForResellers(),
                // Resellers read incidents like every partner; writing them is support's alone.
                json("POST", "/v1/serviceincidents", Access.SERVICE_INCIDENT_WRITE, "{\"title\": \"\"}"),
                json("PATCH", "/v1/serviceincidents/" + incident, Access.SERVICE_INCIDENT_WRITE,
                        "{\"status\": \"severe\"}"));
    }
}
