// LibreOffice headless as the office suite that opens our files: .docx to PDF (read back with
// poppler) and each sheet of a .xlsx to CSV. Shared by the real-suite tests and `npm start`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDelimited } from '../lib/exchange/csvparse';

/** A private LibreOffice profile per call: parallel runs do not lock each other out. */
function soffice(args: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'site-patrol-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        ...args,
        '--outdir',
        outDir,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface Pdf {
  file: string;
  pages: number;
  /**
   * Text of each page with all white space removed: pdftotext breaks lines where the page does and
   * puts spaces between Chinese and digits, neither of which is in the document.
   */
  pageTexts: string[];
  /** Each page laid out as printed, one text line a printed line, white space removed within it. */
  pageLines: string[][];
  text: string;
}

export function docxToPdf(docx: string, outDir = mkdtempSync(join(tmpdir(), 'site-patrol-pdf-'))): Pdf {
  soffice(['--convert-to', 'pdf', docx], outDir);
  const file = join(outDir, basename(docx).replace(/\.docx$/i, '.pdf'));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageTexts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );
  const pageLines = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    })
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter(Boolean),
  );
  return { file, pages, pageTexts, pageLines, text: pageTexts.join('') };
}

/** Every sheet as rows of text, as LibreOffice Calc reads and prints it (dates in their number format). */
export function xlsxSheets(xlsx: string): Record<string, string[][]> {
  const outDir = mkdtempSync(join(tmpdir(), 'site-patrol-csv-'));
  // 44 = comma, 34 = quote, 76 = UTF-8; the 12th token -1 writes every sheet to its own file.
  soffice(
    ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', xlsx],
    outDir,
  );
  const stem = basename(xlsx).replace(/\.xlsx$/i, '');
  const out: Record<string, string[][]> = {};
  for (const f of readdirSync(outDir)) {
    if (!f.startsWith(`${stem}-`) || !f.endsWith('.csv')) continue;
    out[f.slice(stem.length + 1, -4)] = parseDelimited(readFileSync(join(outDir, f), 'utf8'), ',').filter(
      (r) => r.some((c) => c !== ''),
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  return out;
}

/** The first page of a PDF as a PNG, for people to look at. */
export function firstPagePng(pdf: string, png: string): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    png.replace(/\.png$/, ''),
  ]);
}
