// Text from the web is hostile. These keep a comment from running or breaking a report, and
// change nothing else about it.

// Characters that are never text and that break the readers of a report: C0 and C1 controls
// other than tab, line feed and carriage return (XML, and so an XLSX sheet, cannot hold them at
// all, and some CSV readers stop at a NUL), and the embedding and override marks U+202A-U+202E,
// which make a cell show something other than what it holds. Marks and isolates that right-to-left
// text uses (U+200E, U+200F, U+061C, U+2066-U+2069) are text and stay.
const CONTROL_CHARS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e';
const CONTROL = new RegExp(`[${CONTROL_CHARS}]`, 'g');
// Most cells hold none of them: one test spares them a replacing pass.
const HAS_CONTROL = new RegExp(`[${CONTROL_CHARS}]`);

export function stripControl(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Keeps a text cell from running in a spreadsheet: a cell that starts with = + - @ tab or
 * carriage return gets an apostrophe in front, OWASP's advice. Nothing else is changed: a
 * comment "00123" or "TRUE", an id "1787000000000000001", is the user's data and is written as
 * it came (a spreadsheet that must show it as text opens comments.xlsx instead).
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
