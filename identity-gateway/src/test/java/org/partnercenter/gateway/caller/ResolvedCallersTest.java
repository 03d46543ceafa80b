package org.partnercenter.gateway.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.cache.CacheSizes;
import org.partnercenter.gateway.signin.SignedInPrincipal;

class ResolvedCallersTest {

    private static final UUID TENANT = UUID.fromString("6f7b0c2a-1c1d-4d2f-9a8b-0c2d3e4f5a6b");
    private static final SignedInPrincipal USER = new SignedInPrincipal(TENANT, "oid-1", "a@x.test", "app", false,
            true);
    private static final SignedInPrincipal OTHER_TENANT_USER = new SignedInPrincipal(UUID.randomUUID(), "oid-2",
            "b@y.test", "app", false, true);

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final AtomicInteger lookups = new AtomicInteger();
    private final ResolvedCallers callers = new ResolvedCallers(new CountingDirectory(), clock(),
            () -> Duration.ofSeconds(2), sizes(50_000));

    @Test
    void shouldReuseResolvedCallerWhenAskedAgainWithinTimeToLive() {
        callers.resolve(USER);
        now = now.plusMillis(1_999);

        assertThat(callers.find(USER)).hasValueSatisfying(found -> assertThat(found.caller().objectId())
                .isEqualTo("oid-1"));
        assertThat(lookups).hasValue(1);
    }

    @Test
    void shouldReadStoreAgainWhenTimeToLiveHasPassed() {
        callers.resolve(USER);
        now = now.plusSeconds(2);

        assertThat(callers.find(USER)).isEmpty();
    }

    @Test
    void shouldForgetOnlyThatTenantsCallersWhenItsMembersChange() {
        callers.resolve(USER);
        callers.resolve(OTHER_TENANT_USER);

        callers.forget(new CallersChanged(TENANT));

        assertThat(callers.find(USER)).isEmpty();
        assertThat(callers.find(OTHER_TENANT_USER)).isPresent();
    }

    @Test
    void shouldResolveAgainWhenAnotherTenantsTokenCarriesTheSameObjectId() {
        callers.resolve(USER);
        SignedInPrincipal twin = new SignedInPrincipal(UUID.randomUUID(), USER.objectId(), USER.userPrincipalName(),
                USER.applicationId(), false, true);

        assertThat(callers.find(twin)).isEmpty();
        assertThat(callers.resolve(twin).caller().partnerTenantId()).isEqualTo(twin.tenantId());
        assertThat(lookups).hasValue(2);
        assertThat(callers.find(USER)).hasValueSatisfying(found -> assertThat(found.caller().partnerTenantId())
                .isEqualTo(TENANT));
    }

    @Test
    void shouldKeepMostCallersWhenOneMoreThanTheCacheHoldsIsResolved() {
        ResolvedCallers small = new ResolvedCallers(new CountingDirectory(), clock(), () -> Duration.ofSeconds(2),
                sizes(10));
        List<SignedInPrincipal> principals = IntStream.range(0, 11).mapToObj(i -> new SignedInPrincipal(
                UUID.randomUUID(), "oid-" + i, null, "app", false, true)).toList();

        principals.forEach(small::resolve);

        assertThat(principals.stream().filter(principal -> small.find(principal).isPresent()).count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldResolveAgainAfterItsTenantChangedWhenTheCacheWasFull() {
        ResolvedCallers small = new ResolvedCallers(new CountingDirectory(), clock(), () -> Duration.ofSeconds(2),
                sizes(3));
        IntStream.range(0, 5).forEach(i -> small.resolve(new SignedInPrincipal(UUID.randomUUID(), "oid-" + i, null,
                "app", false, true)));
        small.resolve(USER);

        small.forget(new CallersChanged(TENANT));

        assertThat(small.find(USER)).isEmpty();
    }

    @Test
    void shouldKeepRefusalWhenTenantIsNotAPartner() {
        SignedInPrincipal stranger = new SignedInPrincipal(UUID.randomUUID(), "oid-3", null, "app", true, false);

        callers.resolve(stranger);

        assertThat(callers.find(stranger)).hasValueSatisfying(found -> {
            assertThat(found.caller()).isNull();
            assertThat(found.refusal().status()).isEqualTo(403);
        });
    }

    private static CacheSizes sizes(long resolvedCallers) {
        return new CacheSizes() {
            public long verifiedTokens() {
                return 1;
            }

            public long resolvedCallers() {
                return resolvedCallers;
            }

            public long internalTokens() {
                return 1;
            }
        };
    }

    private Clock clock() {
        return new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }

    /** A partner store in which only TENANT's and the other tenant's users are partners. */
    private final class CountingDirectory extends CallerDirectory {
        @Override
        public Caller resolve(SignedInPrincipal principal) {
            lookups.incrementAndGet();
            if (principal.application()) {
                throw ApiException.forbidden(403, "not a partner");
            }
            return new Caller(principal.tenantId(), PartnerType.DIRECT, principal.objectId(),
                    principal.userPrincipalName(), Set.of("global_admin"), false);
        }
    }
}
