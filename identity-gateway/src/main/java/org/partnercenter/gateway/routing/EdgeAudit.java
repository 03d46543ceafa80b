package org.partnercenter.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.request.RequestIds;
import org.partnercenter.gateway.audit.AuditEntry;
import org.partnercenter.gateway.audit.AuditTrail;
import org.partnercenter.gateway.signin.SignedInPrincipal;

/** Leaves an audit record for every public request once its response has been sent. */
final class EdgeAudit {

    static final String PRINCIPAL = "partner-center.principal";
    static final String CALLER = "partner-center.audit-caller";
    private static final Pattern CUSTOMER = Pattern.compile("(?i)/v1/customers/([^/]+)(/.*)?");

    private EdgeAudit() {
    }

    static void onEnd(RoutingContext context, Route route, AuditTrail trail, Clock clock) {
        long started = System.nanoTime();
        context.addEndHandler(ended -> {
            Caller caller = context.get(CALLER);
            SignedInPrincipal principal = context.get(PRINCIPAL);
            Matcher customer = CUSTOMER.matcher(context.request().path());
            trail.record(new AuditEntry(caller == null ? null : caller.partnerTenantId(),
                    principal == null ? null : principal.objectId(),
                    principal == null ? null : principal.userPrincipalName(),
                    principal == null ? null : principal.applicationId(),
                    context.request().method().name(), route == null ? null : route.pattern(),
                    context.request().path(), customer.matches() ? customer.group(1) : null,
                    context.response().getStatusCode(), clock.instant(),
                    (int) ((System.nanoTime() - started) / 1_000_000),
                    context.request().getHeader(RequestIds.CORRELATION_ID_HEADER),
                    context.request().getHeader(RequestIds.REQUEST_ID_HEADER)));
        });
    }
}
