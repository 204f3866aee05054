import ExcelJS from 'exceljs';
import type { Bilingual } from '../i18n/label.js';
import { formatTotal, MAX_MONEY_FEN, toYuan } from '../money/money.js';

/**
 * Tables as files, from one definition of their columns: an XLSX worksheet (a title row, the bilingual header, a row
 * per item) or CSV (the header in both languages, RFC 4180 quoting, UTF-8 with a byte order mark so spreadsheet
 * programs read Chinese). Reports and exports declare their columns once and get both.
 */

/**
 * An amount or a total in fen: exact decimal text ("1280.50") in CSV; in a worksheet a number of yuan with two
 * decimals while it has at most 15 digits (what a spreadsheet's double and Excel keep exactly: any amount up to
 * MAX_MONEY_FEN), else the exact decimal text, right-aligned (a total past 9 999 999 999 999.99 as a number would be
 * rounded to 15 significant digits by Excel).
 */
export interface MoneyCell {
  fen: number | bigint;
}
export type Cell = string | number | Date | MoneyCell | null;

export const moneyCell = (fen: number | bigint | null): Cell => (fen === null ? null : { fen });
const isMoney = (value: Cell): value is MoneyCell => typeof value === 'object' && value !== null && 'fen' in value;
/** The number format of money columns. */
export const MONEY_FORMAT = '#,##0.00';

/** A column of a table: its bilingual header (one place for it) and how a row fills it. */
export interface Column<R> {
  header: Bilingual;
  width: number;
  value: (row: R, index: number) => Cell;
  /** Excel number format, e.g. '0.0%', '#,##0.00', 'yyyy-mm-dd'. */
  numFmt?: string;
}

/** A money column: the amount a row holds, in fen, shown with two decimals. */
export const moneyColumn = <R>(header: Bilingual, fen: (row: R) => number | bigint | null, width = 14): Column<R> => ({
  header,
  width,
  value: (row) => moneyCell(fen(row)),
  numFmt: MONEY_FORMAT,
});

/** zh / en: a bilingual value in one cell. */
export const bothLanguages = (label: Bilingual) => `${label.zh} / ${label.en}`;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PilotMatch';
  return workbook;
}

/** One worksheet: a title row, the bilingual header row, then a row per item. */
export function addTable<R>(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: ReadonlyArray<Column<R>>,
  rows: readonly R[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.addRow([xmlText(title)]).font = { bold: true, size: 14 };
  const headers = sheet.addRow(columns.map((c) => `${c.header.zh}\n${c.header.en}`));
  headers.font = { bold: true };
  headers.alignment = { wrapText: true, vertical: 'middle' };
  rows.forEach((row, i) => {
    const values = columns.map((c) => c.value(row, i));
    const added = sheet.addRow(
      values.map((value) =>
        isMoney(value) ? worksheetMoney(value.fen) : typeof value === 'string' ? xmlText(value) : value,
      ),
    );
    values.forEach((value, column) => {
      if (isMoney(value) && !fitsNumberCell(value.fen)) added.getCell(column + 1).alignment = { horizontal: 'right' };
    });
  });
}

/**
 * A worksheet is XML, which cannot carry U+FFFE, U+FFFF or half a surrogate pair: exceljs writes them as they are and
 * the file no longer opens. Input refuses them; text stored before that is shown as U+FFFD instead.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string): string => text.replace(NOT_XML, '\uFFFD');

const fitsNumberCell = (fen: number | bigint) => fen <= MAX_MONEY_FEN && fen >= -MAX_MONEY_FEN;

/** Yuan as a number cell while exact (see MoneyCell), else the exact decimal text. */
const worksheetMoney = (fen: number | bigint): number | string =>
  fitsNumberCell(fen) ? toYuan(Number(fen)) : formatTotal(BigInt(fen));

export const workbookBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer());

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting with = + - @, a tab or a carriage
 * return), such as an organization named `=HYPERLINK(…)`, is kept as text by a leading apostrophe. Numbers, amounts
 * and dates are written by us and never start so, except negative amounts, which stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (value: Cell): string => {
  const text =
    value === null
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : isMoney(value)
          ? formatTotal(BigInt(value.fen))
          : typeof value === 'string' && FORMULA_START.test(value)
            ? `'${value}`
            : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The table as CSV: one header line "zh / en", then a line per item (dates as ISO 8601, lines ended by CRLF). */
export function toCsv<R>(columns: ReadonlyArray<Column<R>>, rows: readonly R[]): Buffer {
  const lines = [
    columns.map((c) => csvCell(bothLanguages(c.header))).join(','),
    ...rows.map((row, i) => columns.map((c) => csvCell(c.value(row, i))).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
