// An office's dictionary saved from Excel or WPS as .xlsx: the first sheet read into the same
// rows as the CSV, then checked the same way. exceljs is loaded only when such a file is chosen.
import { toCsv } from './export';
import { parseWordingCsv, type WordingImport } from './wording';

export async function readWordingXlsx(bytes: Uint8Array): Promise<WordingImport> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return { entries: [], problems: ['不是有效的 Excel 文件（.xlsx） / not a valid .xlsx file'] };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { entries: [], problems: ['工作簿中没有工作表 / the workbook has no sheet'] };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(5, row.cellCount); c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return parseWordingCsv(toCsv(rows));
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { text?: string; richText?: Array<{ text: string }>; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.result !== undefined) return String(o.result);
  }
  return String(v);
}
