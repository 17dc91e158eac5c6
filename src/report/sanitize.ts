// Text from the web is hostile. These make any comment safe to put in a report.

// C0 and C1 control characters other than tab and newline, and the Unicode direction overrides
// and isolates that can make a cell or line read differently from what it contains.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/**
 * Neutralizes a spreadsheet formula (OWASP CSV injection): a cell starting with = + - @ tab or
 * carriage return is prefixed with an apostrophe, which spreadsheets show as text.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
