package org.partnercenter.customer.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;

/**
 * Whether a domain is taken, as integrations ask before creating a customer: by a customer of any partner, since
 * domains are unique across the system (the same check creation makes). It names no owner.
 */
@ApplicationScoped
public class DomainAvailability {

    private final CustomerQueries customers;

    DomainAvailability(CustomerQueries customers) {
        this.customers = customers;
    }

    /** Answers when the domain is taken; 404 when it is free, 400 when it is no domain name. */
    public void requireTaken(Caller caller, String domain) {
        caller.require(Access.DOMAIN_CHECK);
        if (domain == null || !domain.matches(Domains.PATTERN)) {
            throw ApiException.badRequest("'" + domain + "' " + Domains.MESSAGE + ".",
                    List.of("domain: " + Domains.MESSAGE));
        }
        String normalized = Domains.normalize(domain);
        if (!customers.domainTaken(normalized)) {
            throw ApiException.notFound("The domain " + normalized + " is free: no customer has it.");
        }
    }
}
