package org.partnercenter.e2e.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a {@code POST /v1/servicerequests/{agent-locale}} body in the documentation's PascalCase shape. */
public final class ServiceRequestBody {

    /** support-service's default topic "Billing". */
    public static final String BILLING_TOPIC = "32444601";

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ServiceRequestBody(String title) {
        body.put("Title", title);
        body.put("Description", "The March invoice is 10 USD higher than the sum of its line items.");
        body.put("Severity", "Moderate");
        body.put("SupportTopicId", BILLING_TOPIC);
    }

    /** A moderate billing request, valid as it is. */
    public static ServiceRequestBody serviceRequest(String title) {
        return new ServiceRequestBody(title);
    }

    /** The request is about one of the partner's customers. */
    public ServiceRequestBody aboutCustomer(String customerId) {
        body.put("CustomerId", customerId);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
