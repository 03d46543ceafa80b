package org.partnercenter.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.support.incident.ServiceIncidentCreate;
import org.partnercenter.support.incident.ServiceIncidentPatch;
import org.partnercenter.support.request.EscalationRequest;
import org.partnercenter.support.request.ServiceRequestCreate;
import org.partnercenter.support.request.ServiceRequestPatch;
import org.partnercenter.support.topic.SupportTopicRequest;
import org.partnercenter.testing.RequestTextKinds;

/** Every String of every request body declares its kind of text, so that none goes unbounded. */
class RequestTextKindsTest {

    @Test
    void shouldDeclareAKindForEveryTextWhenARecordIsARequestBody() {
        RequestTextKinds kinds = RequestTextKinds.inPackage("org.partnercenter.support");

        assertThat(kinds.bodies()).contains(ServiceRequestCreate.class, ServiceRequestCreate.ContactInput.class,
                ServiceRequestCreate.FileInfo.class, ServiceRequestPatch.class, ServiceRequestPatch.NewNote.class,
                EscalationRequest.class, SupportTopicRequest.class, ServiceIncidentCreate.class,
                ServiceIncidentPatch.class);
        assertThat(kinds.undeclared()).isEmpty();
    }
}
