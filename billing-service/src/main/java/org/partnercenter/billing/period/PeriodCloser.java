package org.partnercenter.billing.period;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.partnercenter.billing.invoice.InvariantViolation;
import org.partnercenter.billing.operation.Operation;
import org.partnercenter.billing.operation.OperationKind;
import org.partnercenter.billing.operation.Operations;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.request.Correlation;
import org.partnercenter.commons.retry.Sleeper;

/**
 * Closes a billing period: first catches up (the usage on the topic when the close began applied and rated), then
 * closes each partner in turn, each in a transaction of its own ({@link PartnerPeriodClose}). Closes run one at a
 * time, off the request thread: the operator's {@code POST} answers 202 with the operation at once.
 */
@ApplicationScoped
public class PeriodCloser {

    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);

    private final Operations operations;
    private final PartnerPeriodClose partnerClose;
    private final CloseScope scope;
    private final UsageCatchUp catchUp;
    private final CloseConfig config;
    private final Sleeper sleeper;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "billing-period-close");
        thread.setDaemon(true);
        return thread;
    });

    PeriodCloser(Operations operations, PartnerPeriodClose partnerClose, CloseScope scope, UsageCatchUp catchUp,
            CloseConfig config, Sleeper sleeper) {
        this.operations = operations;
        this.partnerClose = partnerClose;
        this.scope = scope;
        this.catchUp = catchUp;
        this.config = config;
        this.sleeper = sleeper;
    }

    /** Starts closing {@code period} (for one partner, or all) as an operation its caller polls. */
    public Operation start(Caller caller, BillingPeriod period, Optional<UUID> partner) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("billingPeriod", period.id());
        partner.ifPresent(id -> request.put("partnerTenantId", id.toString()));
        Operation operation = operations.start(OperationKind.BILLING_PERIOD_CLOSE, caller, request);
        // The close's events and logs name the request that started it, as a request's own would.
        String correlationId = Correlation.correlationId().orElse(null);
        String requestId = Correlation.requestId().orElse(null);
        executor.submit(() -> {
            Correlation.set(correlationId, requestId);
            try {
                run(operation.id, period, partner);
            } finally {
                Correlation.clear();
            }
        });
        return operation;
    }

    /** The schedule's close: every ended period not closed yet, for every partner, oldest first. */
    public CloseReport closeEndedPeriods(BillingPeriod lastEnded) {
        return close(lastEnded, Optional.empty(), null);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    private void run(UUID operationId, BillingPeriod period, Optional<UUID> partner) {
        CloseReport report;
        try {
            report = close(period, partner, operationId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "The close of %s (operation %s) stopped", period.id(), operationId);
            finish(operationId, () -> operations.fail(operationId, "close_stopped", "The close stopped ("
                    + e.getMessage() + "). Each partner is closed wholly or not at all: run the close again to "
                    + "finish it."));
            return;
        }
        finish(operationId, report.failures().isEmpty()
                ? () -> operations.succeed(operationId, "/invoices?period=" + period.id())
                : () -> operations.fail(operationId, report.code(), report.message()));
    }

    /** The sweeper may have failed an operation that seemed stuck: its outcome is then only logged, never lost. */
    private static void finish(UUID operationId, Runnable outcome) {
        try {
            outcome.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The outcome of operation %s could not be recorded", operationId);
        }
    }

    private CloseReport close(BillingPeriod period, Optional<UUID> partner, UUID operationId) {
        long deadline = System.nanoTime() + config.catchUpTimeout().toNanos();
        CloseReport report = new CloseReport();
        if (!catchUp.await(deadline, config.catchUpPoll(), sleeper)) {
            report.failed("usage_behind", "Billing has not applied the usage that was on the usage topic when the "
                    + "close began within " + config.catchUpTimeout().toSeconds() + " s: nothing was closed; run "
                    + "the close again once usage has caught up (GET /v1/usagerecords/unrated tells what waits).");
            return report;
        }
        for (UUID each : partner.map(List::of).orElseGet(scope::partners)) {
            for (BillingPeriod due : scope.periodsToClose(each, period)) {
                if (!closeOne(each, due, operationId, deadline, report)) {
                    break;
                }
            }
            if (operationId != null) {
                operations.touch(operationId);
            }
        }
        LOG.infof("Closed %s: %d partners closed, %d invoices issued, %d partners failed", period.id(),
                report.partnersClosed(), report.invoicesIssued(), report.failures().size());
        return report;
    }

    /** @return whether the partner's period is closed (now or before): a later period waits for an earlier one */
    private boolean closeOne(UUID partner, BillingPeriod period, UUID operationId, long deadline,
            CloseReport report) {
        while (true) {
            PartnerPeriodClose.Result result;
            try {
                result = partnerClose.close(partner, period, operationId);
            } catch (InvariantViolation e) {
                LOG.errorf("The close of %s for partner %s was aborted: %s", period.id(), partner, e.getMessage());
                report.failed("invariant_violated", "Partner " + partner + ", " + period.id() + ": nothing was issued, "
                        + "because " + e.getMessage() + ".");
                return false;
            }
            switch (result.outcome()) {
                case CLOSED -> report.closed(result.invoices().size());
                case ALREADY_CLOSED -> report.closed(0);
                case RATING_BEHIND -> {
                    if (System.nanoTime() < deadline && pause()) {
                        continue;
                    }
                    report.failed("rating_behind", "Partner " + partner + ", " + period.id() + ": rating has not "
                            + "caught up with its usage within " + config.catchUpTimeout().toSeconds() + " s; nothing "
                            + "was issued for it. Run the close again.");
                    return false;
                }
            }
            return true;
        }
    }

    private boolean pause() {
        try {
            sleeper.sleep(config.catchUpPoll());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
