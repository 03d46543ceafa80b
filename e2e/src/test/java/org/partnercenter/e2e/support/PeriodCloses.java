package org.partnercenter.e2e.support;

import java.time.YearMonth;
import java.util.Map;
import org.partnercenter.e2e.support.LongOperations.Followed;

/** The operator's close of a month for one partner, followed to its end ({@link LongOperations}). */
public final class PeriodCloses {

    private final Gateway gateway;
    private final TestUser operator;

    public PeriodCloses(Gateway gateway, TestUser operator) {
        this.gateway = gateway;
        this.operator = operator;
    }

    /** The close's operation as it ended, with the 202 that started it. */
    public Followed close(YearMonth month, String partnerTenantId) throws InterruptedException {
        return LongOperations.follow(gateway, operator, gateway.as(operator)
                .body(Map.of("partnerTenantId", partnerTenantId)).post("/v1/billingperiods/" + month + "/close"));
    }
}
