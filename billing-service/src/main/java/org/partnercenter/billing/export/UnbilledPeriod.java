package org.partnercenter.billing.export;

/** The unbilled lines' billing period, relative to the request's time: calendar months in UTC. */
public enum UnbilledPeriod {
    CURRENT, LAST
}
