package org.partnercenter.customer.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.request.Body;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.customer.account.CustomerQueries;
import org.partnercenter.customer.agreement.AgreementRequest.ContactRequest;

/** Stores and lists the agreements partners attest their customers accepted. */
@ApplicationScoped
public class CustomerAgreementService {

    /**
     * How far ahead of this service's clock a {@code dateAgreed} may be: a client that sends its own "now" with a
     * clock a little fast is not attesting a future acceptance.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The real API's code when the same contact already attested the same agreement for the customer. */
    static final int AGREEMENT_ALREADY_EXISTS = 600061;

    private static final Keyset<CustomerAgreement> BY_CREATION = Keyset.of(CustomerAgreement.class)
            .by("createdAt", Instant.class, a -> a.createdAt)
            .by("id", UUID.class, a -> a.id);

    private final EntityManager em;
    private final CustomerQueries customers;
    private final AgreementTemplates templates;
    private final Clock clock;

    CustomerAgreementService(EntityManager em, CustomerQueries customers, AgreementTemplates templates, Clock clock) {
        this.em = em;
        this.customers = customers;
        this.templates = templates;
        this.clock = clock;
    }

    /** As orders: the body's shape, then the customer (404 outside the caller's scope), then what it refers to. */
    @Transactional
    public CustomerAgreement attest(Caller caller, CallerScope scope, UUID customerId, Body<AgreementRequest> body) {
        caller.require(Access.CUSTOMER_WRITE);
        AgreementRequest request = body.valid();
        Customer customer = customers.get(scope, customerId);
        AgreementTemplates.Template template = validate(request);
        // One attestation at a time per customer, so that two identical ones sent at once cannot both be stored. A
        // refresh, not a lock: a lock checks the row's version, which a billing profile change may just have moved.
        em.refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        ContactRequest contact = request.primaryContact();
        if (alreadyAttested(customerId, template, contact)) {
            throw new ApiException(409, AGREEMENT_ALREADY_EXISTS, "A partner confirmed agreement already exists for "
                    + "the customer: this contact already attested template " + template.templateId() + ". A new "
                    + "attestation needs a changed contact (name, e-mail or phone number).");
        }
        CustomerAgreement agreement = new CustomerAgreement();
        agreement.id = UUID.randomUUID();
        agreement.customerId = customerId;
        agreement.partnerTenantId = caller.partnerTenantId();
        agreement.templateId = template.templateId();
        agreement.agreementType = template.type();
        agreement.agreementLink = template.agreementLink();
        agreement.userId = blankToNull(request.userId());
        agreement.firstName = contact.firstName().trim();
        agreement.lastName = contact.lastName().trim();
        agreement.email = contact.email().trim();
        agreement.phoneNumber = blankToNull(contact.phoneNumber());
        agreement.dateAgreed = request.dateAgreed();
        agreement.createdAt = clock.instant();
        em.persist(agreement);
        return agreement;
    }

    /** A customer's attestations of the {@code agreementType} asked for, oldest first. */
    @Transactional
    public Page<CustomerAgreement> list(Caller caller, CallerScope scope, UUID customerId, String agreementType,
            PageRequest page) {
        caller.require(Access.CUSTOMER_READ);
        customers.get(scope, customerId);
        // Without agreementType the real API answers Microsoft Cloud Agreements only, as its reference says.
        Optional<AgreementType> type = AgreementType.filter(agreementType,
                Optional.of(AgreementType.MICROSOFT_CLOUD_AGREEMENT));
        Map<String, Object> parameters = new HashMap<>(Map.of("customer", customerId));
        String where = "e.customerId = :customer";
        if (type.isPresent()) {
            where += " and e.agreementType = :type";
            parameters.put("type", type.get());
        }
        return BY_CREATION.fetch(em, where, parameters, page);
    }

    /** Names every problem at once: a known template of the type sent, and a date that is not yet to come. */
    private AgreementTemplates.Template validate(AgreementRequest request) {
        List<String> problems = new ArrayList<>();
        Optional<AgreementTemplates.Template> template = templates.find(request.templateId());
        if (template.isEmpty()) {
            problems.add("templateId: '" + Excerpt.of(request.templateId()) + "' is no agreement template: "
                    + "GET /v1/agreements?agreementType=MicrosoftCustomerAgreement answers the one to attest");
        }
        Optional<AgreementType> type = AgreementType.find(request.type());
        if (type.isEmpty()) {
            problems.add("type: '" + Excerpt.of(request.type()) + "' is not an agreement type, expected one of "
                    + AgreementType.accepted());
        } else if (template.isPresent() && template.get().type() != type.get()) {
            problems.add("type: template " + template.get().templateId() + " is a " + template.get().type().wireName()
                    + ", not a " + type.get().wireName());
        }
        if (request.dateAgreed().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add("dateAgreed: " + request.dateAgreed() + " is in the future; send when the customer "
                    + "accepted the agreement");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The agreement is not valid: " + String.join("; ", problems) + ".",
                    problems);
        }
        return template.get();
    }

    private boolean alreadyAttested(UUID customerId, AgreementTemplates.Template template, ContactRequest contact) {
        return !em.createQuery("select a.id from CustomerAgreement a where a.customerId = :customer "
                        + "and a.templateId = :template and lower(a.firstName) = :first and lower(a.lastName) = :last "
                        + "and lower(a.email) = :email and coalesce(a.phoneNumber, '') = :phone", UUID.class)
                .setParameter("customer", customerId)
                .setParameter("template", template.templateId())
                .setParameter("first", contact.firstName().trim().toLowerCase(Locale.ROOT))
                .setParameter("last", contact.lastName().trim().toLowerCase(Locale.ROOT))
                .setParameter("email", contact.email().trim().toLowerCase(Locale.ROOT))
                .setParameter("phone", Optional.ofNullable(blankToNull(contact.phoneNumber())).orElse(""))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
