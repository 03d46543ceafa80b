package org.partnercenter.customer.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.customer.config.CustomerServiceConfig;

/**
 * Whether a customer may order yet: where configured ({@code partner-center.customer-service.orders.require-agreement},
 * on in production), only once its partner attested that it accepted the Microsoft Customer Agreement.
 */
@ApplicationScoped
public class AgreementRequirement {

    private final EntityManager em;
    private final CustomerServiceConfig config;

    AgreementRequirement(EntityManager em, CustomerServiceConfig config) {
        this.em = em;
        this.config = config;
    }

    /** 400 saying what to do first when an order needs the agreement and the customer has none. */
    public void requireBeforeOrder(UUID customerId) {
        if (!config.orders().requireAgreement() || accepted(customerId)) {
            return;
        }
        throw ApiException.badRequest("Customer " + customerId + " has not accepted the Microsoft Customer Agreement, "
                + "which an order needs first. Attest the customer's acceptance with POST /v1/customers/" + customerId
                + "/agreements (its templateId from GET /v1/agreements?agreementType=MicrosoftCustomerAgreement), "
                + "then place the order again.", List.of("customerId: no accepted MicrosoftCustomerAgreement"));
    }

    private boolean accepted(UUID customerId) {
        return !em.createQuery("select a.id from CustomerAgreement a where a.customerId = :customer "
                        + "and a.agreementType = :type", UUID.class)
                .setParameter("customer", customerId)
                .setParameter("type", AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
