package org.partnercenter.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.partnercenter.support.sla.SlaTarget;
import org.partnercenter.support.sla.SlaTargetConverter;

/**
 * The business calendar and the SLA targets per severity (values in application.properties). Page sizes are
 * commons' (partner-center.paging).
 */
@ConfigMapping(prefix = "partner-center.support-service")
public interface SupportServiceConfig {

    Calendar calendar();

    Sla sla();

    /** Business hours: the working time of the severities that do not run around the clock. */
    interface Calendar {
        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        List<DayOfWeek> workdays();

        @WithDefault("08:00")
        LocalTime opens();

        @WithDefault("18:00")
        LocalTime closes();

        @WithDefault("UTC")
        ZoneId zone();

        /** Days without business hours, e.g. {@code 2030-12-25,2031-01-01}. */
        Optional<List<LocalDate>> holidays();
    }

    interface Sla {
        Targets critical();

        Targets moderate();

        Targets minimal();
    }

    /** Targets as {@code 90m}, {@code 4h} or {@code 3d} (days are working days of the clock's calendar). */
    interface Targets {
        @WithConverter(SlaTargetConverter.class)
        SlaTarget firstResponse();

        @WithConverter(SlaTargetConverter.class)
        SlaTarget nextUpdate();

        @WithConverter(SlaTargetConverter.class)
        SlaTarget resolution();

        /** False: around the clock. */
        boolean businessHours();
    }
}
