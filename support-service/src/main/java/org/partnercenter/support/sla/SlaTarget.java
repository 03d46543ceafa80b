package org.partnercenter.support.sla;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock's target as configured: minutes, hours or days of working time ({@code 90m}, {@code 4h},
 * {@code 3d}). A day is a working day of the clock's calendar, so "3 days" in business hours means three
 * business days (30 h with 08:00-18:00), and 24 h around the clock.
 */
public record SlaTarget(long amount, Unit unit) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*([mhd])\\s*");

    public enum Unit {
        MINUTES,
        HOURS,
        DAYS
    }

    public static SlaTarget parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("an SLA target is a positive number of minutes, hours or days "
                    + "(e.g. 90m, 4h, 3d), got '" + text + "'");
        }
        Unit unit = switch (m.group(2)) {
            case "m" -> Unit.MINUTES;
            case "h" -> Unit.HOURS;
            default -> Unit.DAYS;
        };
        return new SlaTarget(Long.parseLong(m.group(1)), unit);
    }

    /** The amount of working time this target allows on the given calendar. */
    public Duration in(WorkingTime time) {
        return switch (unit) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            case DAYS -> time.workingDay().multipliedBy(amount);
        };
    }
}
