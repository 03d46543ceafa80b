package org.partnercenter.gateway.routing;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.audit.AuditTrail;
import org.partnercenter.gateway.caller.EdgeCallerSource;
import org.partnercenter.gateway.caller.ResolvedCallers;
import org.partnercenter.gateway.internaltoken.InternalTokenMinter;
import org.partnercenter.gateway.signin.BearerTokens;
import org.partnercenter.gateway.signin.SignedInPrincipal;
import org.partnercenter.gateway.signin.VerifiedTokens;
import org.partnercenter.gateway.throttling.Throttle;

/**
 * The request path of every public call: verify the Azure AD token, resolve the partner organisation
 * and roles, apply the route's rule, then serve the gateway's own routes or forward to the owning
 * service with an internal token.
 */
@ApplicationScoped
public class Edge {

    private final ResolvedCallers callers;
    private final EdgeResponses responses;
    private final InternalTokenMinter tokens;
    private final Forwarder forwarder;
    private final Throttle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final VerifiedTokens verified;

    Edge(ResolvedCallers callers, EdgeResponses responses, InternalTokenMinter tokens, Forwarder forwarder,
            Throttle throttle, AuditTrail audit, Clock clock, VerifiedTokens verified) {
        this.verified = verified;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.callers = callers;
        this.responses = responses;
        this.tokens = tokens;
        this.forwarder = forwarder;
    }

    void install(@Observes Router router) {
        router.route("/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        EdgeTrace.remember(context);
        String correlationId = EdgeRequestIds.assign(context);
        // Routes are public knowledge: an unknown one is a 404 before any sign-in work. The raw path is matched, the
        // one RequestGuard checked and the forwarder sends on, so no decoding can change the route after its rule.
        Optional<Route> route = RouteTable.match(context.request().path());
        EdgeAudit.onEnd(context, route.orElse(null), audit, clock);
        if (route.isEmpty()) {
            responses.send(context, ApiException.notFound("No resource exists at " + context.request().path()
                    + ". Check the path against the API reference (routes start with /v1)."));
            return;
        }
        RouteMetrics.label(context, route.get());
        Optional<String> bearer = BearerTokens.of(context.request());
        if (bearer.isEmpty()) {
            responses.send(context, SignInRefusals.missing());
            return;
        }
        context.request().pause();
        Optional<SignedInPrincipal> known = verified.find(bearer.get());
        if (known.isPresent()) {
            resolve(context, route.get(), known.get(), correlationId);
            return;
        }
        // Quarkus reports a failed sign-in through this handler too; answer it once, in our shape.
        BiConsumer<RoutingContext, Throwable> refuseSignIn =
                (failed, failure) -> responses.send(failed, SignInRefusals.invalid(failure));
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, refuseSignIn);
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        identity.subscribe().with(signedIn -> signedIn(context, route.get(), bearer.get(), signedIn, correlationId),
                failure -> refuseSignIn.accept(context, failure));
    }

    private void signedIn(RoutingContext context, Route route, String bearer, SecurityIdentity identity,
            String correlationId) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            responses.send(context, SignInRefusals.issuerNotAccepted());
            return;
        }
        SignedInPrincipal principal = SignedInPrincipal.of(token);
        verified.remember(bearer, principal, token.getExpirationTime());
        resolve(context, route, principal, correlationId);
    }

    private void resolve(RoutingContext context, Route route, SignedInPrincipal principal, String correlationId) {
        context.put(EdgeAudit.PRINCIPAL, principal);
        Optional<ResolvedCallers.Resolution> known = callers.find(principal);
        if (known.isPresent()) {
            proceed(context, route, known.get(), correlationId);
            return;
        }
        context.vertx().executeBlocking(() -> callers.resolve(principal), false).onComplete(resolved -> {
            if (resolved.failed()) {
                refuse(context, resolved.cause());
            } else {
                proceed(context, route, resolved.result(), correlationId);
            }
        });
    }

    private void proceed(RoutingContext context, Route route, ResolvedCallers.Resolution resolution,
            String correlationId) {
        if (resolution.refusal() != null) {
            responses.send(context, resolution.refusal());
        } else {
            route(context, route, resolution.caller(), correlationId);
        }
    }

    private void route(RoutingContext context, Route route, Caller caller, String correlationId) {
        context.put(EdgeAudit.CALLER, caller);
        try {
            route.authorize(caller, context.request().method().name());
        } catch (ApiException refusal) {
            responses.send(context, refusal);
            return;
        }
        String method = context.request().method().name();
        Optional<Duration> wait = throttle.check(caller, method, context.request().path());
        if (wait.isPresent()) {
            responses.throttled(context, wait.get());
            return;
        }
        if (route.owner() == Owner.GATEWAY) {
            context.put(EdgeCallerSource.CALLER, caller);
            context.request().resume();
            context.next();
        } else {
            EdgeTrace.handOn(context);
            forwarder.forward(context.request(), route.owner(), tokens.tokenFor(caller, correlationId));
        }
    }

    private void refuse(RoutingContext context, Throwable failure) {
        if (failure instanceof ApiException refusal) {
            responses.send(context, refusal);
        } else {
            context.request().resume();
            context.fail(failure);
        }
    }
}
