const PARTS = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO-8601 duration (`PT3H20M`, `-PT1H`, `P1DT2H`) in words: `3 h 20 min`; the sign is left to the caller. */
export function durationText(iso: string): { text: string; negative: boolean } {
  const match = PARTS.exec(iso.trim());
  if (!match) {
    return { text: iso, negative: iso.trim().startsWith('-') };
  }
  const [, minus, days, hours, minutes] = match;
  const parts = [
    days && Number(days) > 0 ? `${Number(days)} d` : '',
    hours && Number(hours) > 0 ? `${Number(hours)} h` : '',
    minutes && Number(minutes) > 0 ? `${Number(minutes)} min` : '',
  ].filter(Boolean);
  return { text: parts.length > 0 ? parts.join(' ') : 'under a minute', negative: minus === '-' };
}
