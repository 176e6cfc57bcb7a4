// The rows of one large sheet written straight into its XML. exceljs writes the workbook — styles,
// widths, frozen header, filter, print setup and one template row — and its per-cell XML writer
// needs 11 s for 100,000 findings in the browser; this fills the remaining rows in the template
// row's styles in a fraction of that (measured in `npm run bench`, decisions.md).
export type SheetValue = string | number | Date | null;

function letters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

// XML 1.0 cannot carry C0 controls other than tab and line breaks, nor lone surrogates or U+FFFE/F.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Excel holds at most 32,767 characters in a cell. */
const CELL_LIMIT = 32_767;

// Most cells need neither: one test first keeps 1.8 million cells fast.
const ANY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlText(raw: string): string {
  const s = raw.length > CELL_LIMIT ? raw.slice(0, CELL_LIMIT) : raw;
  if (!ANY.test(s)) return s;
  return s
    .replace(CONTROL, '')
    .replace(LONE, '')
    .replace(SPECIAL, (c) => ENTITY[c]);
}

/** Excel's serial day number of a wall-clock time written as UTC (1900 date system). */
export function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** Each column's style id: the template row's cell, else the column's own style. */
function styles(xml: string, template: string, width: number): string[] {
  const out = new Array<string>(width).fill('');
  for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)"[^>]*?\bstyle="(\d+)"/g))
    for (let c = Number(m[1]); c <= Number(m[2]) && c <= width; c++) out[c - 1] = m[3];
  for (const m of template.matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g)) {
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (col <= width && m[2]) out[col - 1] = m[2];
  }
  return out;
}

/**
 * Replaces the sheet's row 2 (the template exceljs wrote) with `rows`, from row 2 on, each cell in
 * its column's style: text as inline strings, numbers and dates as numbers. The XML comes back as
 * UTF-8 bytes, encoded a few thousand rows at a time so the strings die young.
 */
export function fillRows(xml: string, rows: SheetValue[][], width: number): Uint8Array {
  const template = /<row r="2"[^>]*>[\s\S]*?<\/row>|<row r="2"[^>]*\/>/.exec(xml);
  if (!template) throw new Error('工作表缺少模板行 / the sheet has no template row');
  const s = styles(xml, template[0], width).map((id) => (id ? ` s="${id}"` : ''));
  const cols = Array.from({ length: width }, (_, i) => letters(i + 1));
  const encoder = new TextEncoder();
  const head = xml
    .slice(0, template.index)
    .replace(
      /<dimension ref="A1:[A-Z]+\d+"\/>/,
      `<dimension ref="A1:${cols[width - 1]}${rows.length + 1}"/>`,
    );
  const chunks: Uint8Array[] = [encoder.encode(head)];
  let batch: string[] = [];
  rows.forEach((row, i) => {
    const r = i + 2;
    let line = `<row r="${r}">`;
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      const ref = `${cols[c]}${r}`;
      if (typeof v === 'number') line += `<c r="${ref}"${s[c]}><v>${v}</v></c>`;
      else if (v instanceof Date) line += `<c r="${ref}"${s[c]}><v>${serial(v)}</v></c>`;
      else {
        // Spaces at either end are kept only when the text has them.
        const keep = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : '';
        line += `<c r="${ref}"${s[c]} t="inlineStr"><is><t${keep}>${xmlText(v)}</t></is></c>`;
      }
    }
    batch.push(`${line}</row>`);
    if (batch.length === 2000) {
      chunks.push(encoder.encode(batch.join('')));
      batch = [];
    }
  });
  chunks.push(encoder.encode(batch.join('') + xml.slice(template.index + template[0].length)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
