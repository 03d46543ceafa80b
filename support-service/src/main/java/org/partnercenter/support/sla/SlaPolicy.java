package org.partnercenter.support.sla;

import java.time.Duration;

/** The working time of one severity and its three targets, already in working time. */
public record SlaPolicy(WorkingTime workingTime, Duration firstResponse, Duration nextUpdate, Duration resolution) {

    public boolean businessHours() {
        return workingTime instanceof BusinessCalendar;
    }
}
