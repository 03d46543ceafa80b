const ISO_DURATION = /^(-)?P(?:(-?\d+(?:\.\d+)?)D)?(?:T(?:(-?\d+(?:\.\d+)?)H)?(?:(-?\d+(?:\.\d+)?)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$/;

/**
 * Minutes in an ISO-8601 duration as Java writes it (`PT3H20M`, `PT29H`, and `PT-30M` once overdue: Java signs each
 * part); NaN for anything else.
 */
export function durationMinutes(text: string): number {
  const match = ISO_DURATION.exec(text.trim());
  if (!match) {
    return Number.NaN;
  }
  const [, negative, days, hours, minutes, seconds] = match;
  const total = Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0) + Number(seconds ?? 0) / 60;
  return negative ? -total : total;
}

/** "3h 20m", "29h", "45m"; under a minute "less than 1m". Days are not used: with business hours they would mislead. */
export function formatMinutes(total: number): string {
  const whole = Math.floor(Math.abs(total));
  if (whole === 0) {
    return 'less than 1m';
  }
  const hours = Math.floor(whole / 60);
  const minutes = whole % 60;
  if (hours === 0) {
    return `${minutes}m`;
  }
  return minutes === 0 ? `${hours}h` : `${hours}h ${minutes}m`;
}

/** A clock's target or remaining time in words, or the text itself if it is not a duration we read. */
export function formatDuration(text: string): string {
  const minutes = durationMinutes(text);
  return Number.isNaN(minutes) ? text : formatMinutes(minutes);
}
