package org.partnercenter.support.sla;

/** The three clocks of a request. */
public record SlaReading(boolean businessHours, ClockReading firstResponse, ClockReading nextUpdate,
        ClockReading resolution) {
}
