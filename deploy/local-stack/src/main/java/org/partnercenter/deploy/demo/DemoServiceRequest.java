package org.partnercenter.deploy.demo;

import java.util.List;

/**
 * A service request a demo partner opened.
 *
 * @param severity as the API writes it: critical, moderate or minimal
 * @param customerId the customer it is about, or null
 * @param notes the notes the partner added, oldest first
 */
public record DemoServiceRequest(String id, String title, String severity, String customerId, boolean escalated,
        List<String> notes) {

    public DemoServiceRequest {
        notes = List.copyOf(notes);
    }
}
