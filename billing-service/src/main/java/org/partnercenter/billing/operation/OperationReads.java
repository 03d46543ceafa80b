package org.partnercenter.billing.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;

/**
 * An operation as its starter reads it. Anyone else (another partner, a reseller, a partner asking for the
 * operator's) gets the same 404 as for an id that does not exist, so an id never tells that it exists.
 */
@ApplicationScoped
class OperationReads {

    private final EntityManager em;

    OperationReads(EntityManager em) {
        this.em = em;
    }

    @Transactional
    OperationView view(Caller caller, String id) {
        caller.require(Access.INVOICE_READ);
        UUID key = parse(id);
        Operation operation = key == null ? null : em.find(Operation.class, key);
        if (operation == null || !startedBy(operation, caller)) {
            throw notFound(id);
        }
        return OperationView.of(operation);
    }

    /** Resellers start nothing here: they work through their provider. */
    private static boolean startedBy(Operation operation, Caller caller) {
        return caller.partnerType() != PartnerType.INDIRECT_RESELLER
                && operation.ownerIsOperator == caller.isOperator()
                && operation.ownerTenantId.equals(caller.partnerTenantId());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No operation '" + Excerpt.of(id) + "' of yours exists. Read an operation "
                + "with the id in the Location header of the 202 that started it, as the caller that started it.");
    }
}
