// Dates as articles write them, turned into ISO YYYY-MM-DD.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "December 9, 2021", "9 December 2021", "Dec 9 2021". */
export const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
export const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return '';
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

/** The first date found in `text`, as YYYY-MM-DD, or '' if there is none. */
export function isoDate(text: string): string {
  const iso = ISO.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return valid(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return valid(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
  return '';
}

const ISO_DATE_TIME = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}| ?UTC| ?GMT)?)?\s*$/i;
// Twitter's created_at: "Wed Oct 10 20:19:24 +0000 2018".
const TWITTER = /^\s*[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})\s*$/;
const SLASHED = /^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?\s*$/i;
const EPOCH = /^\s*\d{9,13}(?:\.\d+)?\s*$/;
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?\b/i;

/** Epochs this far apart are taken as seconds below, milliseconds above (2001-09-09 in ms is 1e12). */
const EPOCH_MS_FROM = 1e11;

function hours(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

/** YYYY-MM-DDTHH:MM:SSZ for an instant. */
function utcInstant(ms: number): string {
  return Number.isFinite(ms) ? new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z') : '';
}

/** A local date and time, as ISO 8601 without a zone, when it is a real one. */
function localDateTime(year: number, month: number, day: number, hour?: number, minute?: number, second?: number): string {
  const date = valid(year, month, day);
  if (!date || hour === undefined) return date;
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute ?? 0)}:${pad(second ?? 0)}`;
}

/**
 * A comment's date as an export gives it, as ISO 8601: a date (2024-05-06), a local date and
 * time (2024-05-06T12:30:00), or an instant in UTC (2024-05-06T10:30:00Z) when the value names
 * its zone or is an epoch (seconds or milliseconds, as numbers or digits). Reads ISO strings,
 * Twitter's created_at, "5/6/2024 12:30 PM" (month first unless the first number is over 12),
 * "6.5.2024" and dates with month names; '' for anything else.
 */
export function commentDate(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? utcInstant(value >= EPOCH_MS_FROM ? value : value * 1000) : '';
  if (typeof value !== 'string' || value.length > 64) return '';
  if (EPOCH.test(value)) return commentDate(Number(value));
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const local = localDateTime(Number(y), Number(mo), Number(d), h === undefined ? undefined : Number(h), Number(mi), Number(s ?? 0));
    if (!zone || !local.includes('T')) return local;
    const offset = /^[+-]/.test(zone) ? zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2') : 'Z';
    return utcInstant(Date.parse(`${local}${offset}`));
  }
  const twitter = TWITTER.exec(value);
  if (twitter) {
    const [, mon, d, h, mi, s, zone, y] = twitter;
    const local = localDateTime(Number(y), monthNumber(mon ?? ''), Number(d), Number(h), Number(mi), Number(s));
    return local.includes('T') ? utcInstant(Date.parse(`${local}${(zone ?? '+0000').replace(/(\d{2})(\d{2})$/, '$1:$2')}`)) : '';
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [, a, b, y, h, mi, s, meridiem] = slashed;
    // "13/5/2024" can only be day first; "6.5.2024" is the European dotted form; otherwise month first, as US tools write.
    const dayFirst = Number(a) > 12 || value.includes('.');
    const [month, day] = dayFirst ? [Number(b), Number(a)] : [Number(a), Number(b)];
    return localDateTime(Number(y), month, day, h === undefined ? undefined : hours(Number(h), meridiem), Number(mi), Number(s ?? 0));
  }
  // "06-May-2024", as some tools write it.
  const date = isoDate(value.replace(/(\d)-([A-Za-z]{3,9}\.?)-(\d{4})/, '$1 $2 $3'));
  if (!date) return '';
  const time = TIME.exec(value);
  if (!time) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return localDateTime(year, month, day, hours(Number(time[1]), time[4]), Number(time[2]), Number(time[3] ?? 0));
}
