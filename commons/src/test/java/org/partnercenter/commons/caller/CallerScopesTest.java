package org.partnercenter.commons.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ApiException;

class CallerScopesTest {

    private final UUID provider = UUID.randomUUID();
    private final UUID reseller = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final ResellerDirectory directory = tenant -> tenant.equals(provider) ? Set.of(reseller) : Set.of();

    @Test
    void shouldSeeItsResellersWhenTheCallerIsAnIndirectProvider() {
        CallerScope scope = CallerScopes.of(caller(provider, PartnerType.INDIRECT_PROVIDER), directory);

        assertThat(scope.partnerTenantIds()).containsExactlyInAnyOrder(provider, reseller);
        assertThat(scope.permits(stranger)).isFalse();
    }

    @Test
    void shouldSeeOnlyItselfWhenTheCallerIsAReseller() {
        CallerScope scope = CallerScopes.of(caller(reseller, PartnerType.INDIRECT_RESELLER), directory);

        assertThat(scope.partnerTenantIds()).containsExactly(reseller);
        assertThat(scope.condition("e.partnerTenantId")).isEqualTo("e.partnerTenantId in :scopeTenantIds");
    }

    @Test
    void shouldSeeEveryTenantWhenTheCallerIsTheOperator() {
        CallerScope scope = CallerScopes.of(caller(UUID.randomUUID(), PartnerType.OPERATOR), directory);

        assertThat(scope.permits(stranger)).isTrue();
        assertThat(scope.parameters()).isEmpty();
    }

    @Test
    void shouldAnswer404WhenTheRowBelongsToAnotherPartner() {
        CallerScope scope = CallerScopes.of(caller(provider, PartnerType.DIRECT), directory);

        assertThatThrownBy(() -> scope.require(stranger, "row", "No such customer."))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    private static Caller caller(UUID tenant, PartnerType type) {
        return new Caller(tenant, type, "oid", null, Set.of(Roles.ADMIN_AGENT), false);
    }
}
