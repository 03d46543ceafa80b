package org.partnercenter.deploy.demo;

/**
 * A customer of a demo partner with its Azure plan.
 *
 * @param associatedPartnerId the reseller an indirect provider created the customer for, or null
 */
public record DemoCustomer(String id, String companyName, String domain, String subscriptionId,
        String associatedPartnerId) {
}
