// The 通报 as a Word document in the habits of GB/T 9704: A4 with the standard margins, title in
// 小标宋 2号, body in 仿宋_GB2312 3号 on a 28-point grid, 一、 headings in 黑体, （一） leads in
// 楷体_GB2312, page numbers "— 1 —" outside on odd and even pages, the attachment table with its
// header row on every page and rows kept whole. `docx` is loaded only when a 通报 is made.
import type { CircularDoc, Paragraph as Para } from '../domain/circular-text';
import { stampZip } from './zip';

// Sizes in half-points, lengths in twentieths of a point (twips).
const SIZE = { 二号: 44, 三号: 32, 四号: 28 } as const;
const MM = 56.7;
const LINE = 560; // 28 pt: 22 lines a page
const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  lead: '楷体_GB2312',
  number: '宋体',
} as const;

/** Latin letters and digits in Times New Roman, Chinese in the named face: how Word and WPS expect it. */
const face = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });

export async function circularDocx(doc: CircularDoc, at: Date): Promise<Uint8Array<ArrayBuffer>> {
  const d = await import('docx');
  const exact = { line: LINE, lineRule: d.LineRuleType.EXACT };
  const run = (text: string, font: string = FONT.body, size: number = SIZE.三号) =>
    new d.TextRun({ text, font: face(font), size });
  const body = (p: Para) =>
    new d.Paragraph({
      spacing: exact,
      indent: { firstLine: 2 * 320 },
      alignment: d.AlignmentType.JUSTIFIED,
      children: [...(p.lead ? [run(p.lead, FONT.lead)] : []), run(p.text)],
    });
  const blank = () => new d.Paragraph({ spacing: exact, children: [] });

  const content = [
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { line: 700, lineRule: d.LineRuleType.EXACT },
      children: [run(doc.title, FONT.title, SIZE.二号)],
    }),
    blank(),
    new d.Paragraph({ spacing: exact, children: [run(doc.recipients)] }),
    body({ text: doc.opening }),
    ...doc.sections.flatMap((s) => [
      new d.Paragraph({
        spacing: exact,
        indent: { firstLine: 2 * 320 },
        keepNext: true,
        children: [run(s.heading, FONT.heading)],
      }),
      ...s.paragraphs.map(body),
    ]),
    blank(),
    new d.Paragraph({
      spacing: exact,
      indent: { left: 2 * 320 },
      children: [run('附件：1. ' + doc.attachment.title)],
    }),
    blank(),
    blank(),
    new d.Paragraph({
      spacing: exact,
      alignment: d.AlignmentType.RIGHT,
      indent: { right: 4 * 320 },
      children: [run(doc.signature)],
    }),
    new d.Paragraph({
      spacing: exact,
      alignment: d.AlignmentType.RIGHT,
      indent: { right: 4 * 320 },
      children: [run(doc.date)],
    }),
  ];

  const textWidth = Math.round((210 - 28 - 26) * MM);
  const widths = [900, 2200, 1300];
  widths.push(textWidth - widths.reduce((a, b) => a + b, 0));
  const cell = (text: string, i: number, header: boolean) =>
    new d.TableCell({
      width: { size: widths[i], type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new d.Paragraph({
          alignment: header || i !== 3 ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
          spacing: { line: 400, lineRule: d.LineRuleType.AT_LEAST },
          children: [run(text, header ? FONT.heading : FONT.body, SIZE.四号)],
        }),
      ],
    });
  const row = (cells: string[], header = false) =>
    new d.TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c, i) => cell(c, i, header)),
    });
  const attachment = [
    new d.Paragraph({
      pageBreakBefore: true,
      spacing: exact,
      children: [run(doc.attachment.label, FONT.heading)],
    }),
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { line: 700, lineRule: d.LineRuleType.EXACT },
      children: [run(doc.attachment.title, FONT.title, SIZE.二号)],
    }),
    new d.Table({
      width: { size: textWidth, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      rows: [
        row(doc.attachment.header, true),
        ...doc.attachment.rows.map((r) => row(r)),
        row(doc.attachment.totals),
      ],
    }),
  ];

  const pageNumber = (alignment: 'left' | 'right') =>
    new d.Footer({
      children: [
        new d.Paragraph({
          alignment: alignment === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          indent: alignment === 'right' ? { right: 280 } : { left: 280 },
          children: [
            new d.TextRun({
              children: ['— ', d.PageNumber.CURRENT, ' —'],
              font: face(FONT.number),
              size: SIZE.四号,
            }),
          ],
        }),
      ],
    });

  const file = new d.Document({
    creator: doc.signature,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: face(FONT.body), size: SIZE.三号 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
              footer: Math.round(25 * MM),
            },
          },
        },
        footers: { default: pageNumber('right'), even: pageNumber('left') },
        children: [...content, ...attachment],
      },
    ],
  });
  return stampZip(new Uint8Array(await d.Packer.toArrayBuffer(file)), at);
}
