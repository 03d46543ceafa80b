package org.partnercenter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.member.NewMember;
import org.partnercenter.gateway.member.RoleGrant;
import org.partnercenter.gateway.partner.PartnerRegistration;
import org.partnercenter.gateway.partner.PartnerUpdate;
import org.partnercenter.testing.RequestTextKinds;

/** Every String of every request body declares its kind of text, so that none goes unbounded. */
class RequestTextKindsTest {

    @Test
    void shouldDeclareAKindForEveryTextWhenARecordIsARequestBody() {
        RequestTextKinds kinds = RequestTextKinds.inPackage("org.partnercenter.gateway");

        assertThat(kinds.bodies()).contains(NewMember.class, RoleGrant.class, PartnerRegistration.class,
                PartnerRegistration.GlobalAdmin.class, PartnerUpdate.class);
        assertThat(kinds.undeclared()).isEmpty();
    }
}
