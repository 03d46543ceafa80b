package org.partnercenter.gateway.caller;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.gateway.member.MemberService;
import org.partnercenter.gateway.member.PartnerMember;
import org.partnercenter.gateway.partner.PartnerOrganization;

/**
 * Makes sure the operator's organisation and its first administrator exist, so that a fresh system can
 * be administered at all; later changes to either are the operator's own, through the API.
 */
@ApplicationScoped
class OperatorBootstrap {

    private final OperatorConfig operator;
    private final MemberService members;
    private final Clock clock;

    OperatorBootstrap(OperatorConfig operator, MemberService members, Clock clock) {
        this.operator = operator;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    void ensureOperator(@Observes StartupEvent started) {
        if (PartnerOrganization.findById(operator.tenantId()) == null) {
            PartnerOrganization organization = new PartnerOrganization();
            organization.tenantId = operator.tenantId();
            organization.name = operator.name();
            organization.partnerType = PartnerType.OPERATOR;
            organization.requireMfa = operator.requireMfa();
            organization.country = "US";
            organization.currency = "USD";
            organization.state = PartnerOrganization.State.ACTIVE;
            organization.createdAt = clock.instant();
            organization.updatedAt = organization.createdAt;
            organization.persist();
        }
        PartnerMember admin = PartnerMember.find(operator.tenantId(), operator.adminObjectId());
        if (admin == null) {
            members.add(operator.tenantId(), operator.adminObjectId(), PartnerMember.Kind.USER,
                    operator.adminUserPrincipalName().orElse(operator.adminObjectId()), Roles.OPERATOR_ADMIN);
        } else {
            admin.roles.add(Roles.OPERATOR_ADMIN);
        }
    }
}
