import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { requireCommonJs } from '../cjs.js';
import type { ClassifiedComment, GroupInfo } from '../types.js';
import type { ArticleSummary } from './aggregate.js';
import { ARTICLE_COLUMNS, articleRow, COMMENT_COLUMNS, Numeric } from './csv.js';
import { fixed } from './format.js';
import { stripControl } from './sanitize.js';

const ExcelJS: typeof import('exceljs') = requireCommonJs('exceljs');

// comments.xlsx and articles.xlsx (--xlsx): the CSV reports' rows with each cell typed, so that
// a spreadsheet keeps a 19-digit id or "0042" as the text it is, shows a number as a number and
// a date as a date, and runs nothing: a text cell is text whatever it starts with, so no prefix
// is needed. Written by ExcelJS's streaming writer, a row at a time, so a run of a million
// comments holds no more of the workbook in memory than a CSV run holds of comments.csv.

/** A sheet holds at most this many rows (Excel's limit) with its header; later rows go to another sheet. */
export const MAX_SHEET_ROWS = 1_048_576;

/**
 * Stamped on the workbook and on every part of its zip, so that the same input gives the same
 * bytes: ExcelJS stamps the time of writing otherwise.
 */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

// The zip's entries are stamped by the archiver ExcelJS writes with, with the time each is
// added, and ExcelJS adds some while it is being made: its archiver's own class is given the
// fixed time instead (the versions are pinned by the lockfile). Nothing else here uses it.
const Archiver = createRequire(requireCommonJs.resolve('exceljs'))('archiver/lib/core.js') as { prototype: { append: (source: unknown, data: Record<string, unknown>) => unknown } };
const append = Archiver.prototype.append;
Archiver.prototype.append = function appendAtFixedTime(this: unknown, source: unknown, data: Record<string, unknown>) {
  return append.call(this, source, { ...data, date: FIXED_TIME });
};

type CellValue = string | number | Date | null;

/** A date cell from an ISO date or date-time ("2024-05-06", "2024-05-06T10:30:00Z"), shown as it was written. */
function dateCell(iso: string | undefined): { value: Date; format: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(iso ?? '');
  if (!match) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  // Spreadsheets have no time zones: the wall-clock time as written (in UTC when it ends in Z).
  const value = new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
  return { value, format: match[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
}

/** One workbook of one table, written a row at a time to a file. */
class SheetWriter {
  private readonly workbook: import('exceljs').stream.xlsx.WorkbookWriter;
  private sheet: import('exceljs').Worksheet | undefined;
  private rowsInSheet = 0;
  private sheets = 0;

  constructor(output: Writable, private readonly name: string, private readonly columns: readonly string[], private readonly dateColumns: ReadonlySet<string>) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    this.workbook.created = FIXED_TIME;
    this.workbook.modified = FIXED_TIME;
    this.workbook.creator = 'reaction-analyzer';
  }

  private nextSheet(): import('exceljs').Worksheet {
    this.sheets++;
    const sheet = this.workbook.addWorksheet(this.sheets === 1 ? this.name : `${this.name} ${this.sheets}`);
    sheet.columns = this.columns.map((header) => ({ header, key: header }));
    sheet.getRow(1).commit();
    this.rowsInSheet = 1;
    return sheet;
  }

  add(values: ReadonlyArray<CellValue | undefined>): void {
    if (!this.sheet || this.rowsInSheet >= MAX_SHEET_ROWS) {
      this.sheet?.commit();
      this.sheet = this.nextSheet();
    }
    const row = this.sheet.addRow([]);
    this.columns.forEach((column, i) => {
      const value = values[i];
      if (value === undefined || value === null || value === '') return;
      const cell = row.getCell(i + 1);
      if (this.dateColumns.has(column)) {
        const date = dateCell(String(value));
        if (date) {
          cell.value = date.value;
          cell.numFmt = date.format;
          return;
        }
      }
      // Text keeps all but the characters XML cannot hold (the CSV drops the same ones).
      cell.value = typeof value === 'string' ? stripControl(value) : value;
    });
    row.commit();
    this.rowsInSheet++;
  }

  /**
   * Waits until the rows added so far are mostly compressed and written. The writer takes rows
   * synchronously and never pushes back, so without this a million rows pile up in memory
   * (1.1 GB peak for the bench's export) ahead of the zip's compression. ExcelJS 4.4's sheet
   * stream hands each row to the zip entry it is piped to; that entry's buffered bytes say how far
   * behind the zip is.
   */
  async drained(): Promise<void> {
    // The entry is a stream of the readable-stream package (version 2), whose writable side keeps
    // its buffered length in _writableState, not in Node's writableLength.
    type Entry = Writable & { _writableState?: { length: number; needDrain: boolean } };
    const stream = (this.sheet as unknown as { stream?: { pipes?: Entry[] } } | undefined)?.stream;
    for (let entry = stream?.pipes?.[0]; entry; entry = stream?.pipes?.[0]) {
      const state = entry._writableState;
      const behind = state?.length ?? entry.writableLength ?? 0;
      if (!(behind >= MAX_BEHIND_BYTES)) return;
      await new Promise<void>((resolve) => (state?.needDrain ? (entry as Entry).once('drain', () => resolve()) : setImmediate(resolve)));
    }
  }

  async close(): Promise<void> {
    if (!this.sheet) this.sheet = this.nextSheet();
    this.sheet.commit();
    await this.workbook.commit();
  }
}

const DATE_COLUMNS = new Set(['article_date', 'comment_date']);

/** Bytes of rows a sheet may have waiting for the zip before the run waits for it. */
const MAX_BEHIND_BYTES = 4 << 20;

/** comments.xlsx, written as comments arrive. */
export class CommentsWorkbook {
  private readonly writer: SheetWriter;

  constructor(output: Writable) {
    this.writer = new SheetWriter(output, 'comments', COMMENT_COLUMNS, DATE_COLUMNS);
  }

  add(group: GroupInfo, c: ClassifiedComment): void {
    this.writer.add([
      group.sourceFile, group.title, group.date, c.id, c.index, c.attribution, c.text, c.stance.stance,
      c.stance.stance === null ? undefined : Number(fixed(c.stance.confidence)), c.stance.sentiment, c.stance.cues.join('; '), c.date ?? '', c.stance.language ?? '',
    ]);
  }

  drained(): Promise<void> {
    return this.writer.drained();
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

/** articles.xlsx, written as articles end. */
export class ArticlesWorkbook {
  private readonly writer: SheetWriter;

  constructor(output: Writable) {
    this.writer = new SheetWriter(output, 'articles', ARTICLE_COLUMNS, DATE_COLUMNS);
  }

  add(a: ArticleSummary): void {
    // articles.csv's row, typed: text as text, figures as numbers (the date column becomes a date cell).
    this.writer.add(articleRow(a).map((cell, i) => {
      if (!(cell instanceof Numeric)) return cell;
      if (cell.text === '' || DATE_COLUMNS.has(ARTICLE_COLUMNS[i] as string)) return cell.text;
      return Number(cell.text);
    }));
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}
