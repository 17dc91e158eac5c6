// Text from the web is hostile. These make any comment safe to put in a report.

// C0 and C1 control characters other than tab and newline, and the Unicode direction overrides
// and isolates that can make a cell or line read differently from what it contains.
const CONTROL_CHARS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f\\u061c';
const CONTROL = new RegExp(`[${CONTROL_CHARS}]`, 'g');
// Most cells hold none of them (\r among them): one test spares them two replacing passes.
const HAS_CONTROL = new RegExp(`[${CONTROL_CHARS}]`);

export function stripControl(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

// Text a spreadsheet would read as a value instead: numbers (with signs, separators, exponents,
// currency or %), dates and times, fractions, booleans.
const LOOKS_LIKE_VALUE =
  /^\s*(?:[$£€¥]?[+-]?(?:\d[\d,. ]*|[.,]\d+)(?:[eE][+-]?\d+)?%?|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|true|false)\s*$/i;

/**
 * Keeps a text cell text in any spreadsheet. A cell starting with = + - @ tab or carriage return
 * could run as a formula (OWASP CSV injection), and a cell that looks like a number, date or
 * boolean would be converted ("00123" to 123); both are prefixed with an apostrophe, the
 * spreadsheet convention for "this is text", and stay readable.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) || LOOKS_LIKE_VALUE.test(cell) ? `'${cell}` : cell;
}
