// Service guides (办事指南): read the 申请材料 list in table, card or paragraph layouts and judge
// whether each material says how many copies are wanted (domain.md §4).
import { norm, textOf } from './dom';
import { MATERIALS_RE } from './pageindex';
import { phrase } from './phrasing';
import type { Flag, Material } from './types';

type Form = '原件' | '复印件' | '电子';

// Counts are short numbers: bounded, so a cell of 20,000 一 costs a linear scan, not a quadratic one.
const NUM = '(?:\\d{1,4}|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,4})';
const UNIT = '(?:份|张|套|本|页|册)';
const UNIT_COUNT = new RegExp(`(?:一式|各|共)?\\s{0,3}${NUM}\\s{0,3}${UNIT}`, 'g');
// The gap between a form and its count may not name another form: 复印件 原件1份 counts the original.
const PER_FORM = new RegExp(
  `(原件|复印件|复印|影印件|电子版?)(?:(?!原件|复印|影印)[^，,；;、。]){0,6}?(?:各)?\\s*(${NUM})\\s*${UNIT}`,
  'g',
);
const EACH = new RegExp(`各\\s*${NUM}\\s*${UNIT}`);
const BARE_NUMBER = /^\s*(?:\d{1,4}|[一二两三四五六七八九十壹贰叁]{1,4})\s*$/;
const RETURNED = /验后(?:退还|返还)|原件[核查]验|验原件|(?:退还|返还)原件/;
const NO_MATERIALS = /无需(?:提交|提供)?(?:申请)?材料|不需要(?:提交|提供)材料|无需提交任何材料/;
const NUMBERED = /^\s*(?:[（(]\s*\d+\s*[)）]|\d+\s*[、.．)）]|[一二三四五六七八九十]+\s*[、.．])\s*/;

export const GUIDE_ELEMENTS: Array<[string, RegExp]> = [
  ['事项名称', /事项名称/],
  ['设定依据', /设定依据|法律依据|实施依据|办理依据/],
  ['申请条件', /申请条件|受理条件|办理条件/],
  ['办理材料', /申请材料|申报材料|办理材料|所需材料|提交材料|材料目录/],
  ['办理地点', /办理地点|受理地点|办公地点|办理地址/],
  ['办理时间', /办理时间|受理时间|办公时间|工作时间/],
  ['联系电话', /联系电话|咨询电话|咨询方式|联系方式/],
  ['办理流程', /办理流程|办事流程|办理程序|流程图/],
];

export interface Guide {
  name: string;
  materials: Material[];
  /** What each material's verdict is read from, parallel to `materials`. */
  sources: Array<{ rowText: string; countCell?: string }>;
  missingElements: string[];
  noMaterials: boolean;
}

function formsIn(text: string): Form[] {
  const forms: Form[] = [];
  if (/原件/.test(text)) forms.push('原件');
  if (/复印件|复印|影印件/.test(text)) forms.push('复印件');
  if (/电子/.test(text) && !/纸质/.test(text)) forms.push('电子');
  return forms;
}

export function countsIn(text: string): string[] {
  return [...text.matchAll(UNIT_COUNT)].map((m) => norm(m[0]));
}

export interface CountReading {
  level?: 'flag' | 'warn';
  reason?: 'none' | 'ambiguous' | 'bare-number' | 'returned-original';
}

/** The verdict on one material, from its required forms and whatever counts its row or paragraph gives. */
export function judgeMaterial(
  m: Pick<Material, 'forms' | 'counts' | 'returned'>,
  rowText: string,
  countCell?: string,
): CountReading {
  const paper = m.forms.filter((f) => f !== '电子');
  if (m.forms.includes('电子') && !paper.length) return {};
  const unitCounts = m.counts;
  const bare = countCell !== undefined && BARE_NUMBER.test(countCell);
  const hasCount = unitCounts.length > 0 || bare;
  if (paper.includes('原件') && paper.includes('复印件')) {
    const perForm = new Set(
      [...rowText.matchAll(PER_FORM)].map((x) => (x[1].startsWith('原') ? '原件' : '复印件')),
    );
    if ((perForm.has('原件') && perForm.has('复印件')) || EACH.test(rowText)) return {};
    if (m.returned && (perForm.has('复印件') || unitCounts.length > 0)) return {};
    if (!hasCount) return { level: 'flag', reason: 'none' };
    if (unitCounts.length === 0 && bare) return { level: 'warn', reason: 'bare-number' };
    return { level: 'flag', reason: 'ambiguous' };
  }
  if (hasCount) return {};
  if (m.returned && paper.length === 1 && paper[0] === '原件')
    return { level: 'warn', reason: 'returned-original' };
  return { level: 'flag', reason: 'none' };
}

/** A 份数 field's value: 份数：1, 纸质材料份数: 2. */
const COUNT_FIELD = /份数\s*[:：]\s*(\d{1,4}|[一二两三四五六七八九十]{1,4})?/;

interface RawMaterial {
  name: string;
  element: Element;
  rowText: string;
  formText: string;
  countCell?: string;
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => /^(TD|TH)$/.test(c.tagName));
}

function fromTables(root: ParentNode): RawMaterial[] {
  const out: RawMaterial[] = [];
  for (const table of root.querySelectorAll('table')) {
    if (table.querySelector('table')) continue; // layout table around the real one
    const rows = [...table.querySelectorAll('tr')];
    const headIdx = rows.findIndex((r) =>
      cellsOf(r).some((c) => /材料名称|材料\s*名称|^材料$/.test(textOf(c))),
    );
    if (headIdx < 0) continue;
    const head = cellsOf(rows[headIdx]).map(textOf);
    const col = (re: RegExp) => head.findIndex((h) => re.test(h));
    const nameCol = col(/材料名称|^材料$/);
    const countCol = col(/份数|数量/);
    const formCols = head
      .map((h, i) => (/形式|类型|原件|复印件|要求|备注|说明|份数/.test(h) ? i : -1))
      .filter((i) => i >= 0);
    const ignored = new Set(
      head.map((h, i) => (/^序号$|是否必|必要|必需|来源|渠道|依据/.test(h) ? i : -1)).filter((i) => i >= 0),
    );
    for (const row of rows.slice(headIdx + 1)) {
      const cells = cellsOf(row);
      if (cells.length < 2 || cells.length < head.length - 1) continue;
      // Rows with fewer cells than the header lost their leading cells to rowspan.
      const shift = head.length - cells.length;
      const cell = (i: number) => cells[i - shift];
      const name = textOf(cell(nameCol));
      if (!name || /材料名称/.test(name)) continue;
      const usable = cells
        .filter((_, j) => !ignored.has(j + shift) && j + shift !== nameCol)
        .map(textOf)
        .join(' ');
      out.push({
        name,
        element: row,
        rowText: `${name} ${usable}`,
        formText: `${name} ${formCols.map((i) => textOf(cell(i))).join(' ')}`,
        countCell: countCol >= 0 ? textOf(cell(countCol)) : undefined,
      });
    }
  }
  return out;
}

function fromCards(root: ParentNode): RawMaterial[] {
  const out: RawMaterial[] = [];
  const labels = [...root.querySelectorAll('dt, th, td, span, label, strong, b, div, p, li')].filter((e) => {
    const t = textOf(e);
    return (
      /^材料名称\s*[:：]?/.test(t) &&
      (e.children.length === 0 || t.length < 60) &&
      !e.closest('table tr:first-child')
    );
  });
  const leafLabels = labels.filter((l) => !labels.some((o) => o !== l && l.contains(o)));
  for (const label of leafLabels) {
    if (
      label.closest('table') &&
      label.closest('table')!.querySelector('tr') &&
      fromTables(label.closest('table')!.parentElement!).length
    )
      continue;
    let card: Element = label;
    while (card.parentElement && card.parentElement.tagName !== 'BODY') {
      const up = card.parentElement;
      const count = leafLabels.filter((l) => up.contains(l)).length;
      if (count > 1) break;
      card = up;
    }
    const inline = textOf(label).replace(/^材料名称\s*[:：]?\s*/, '');
    const next =
      label.nextElementSibling ??
      (label.parentElement?.tagName === 'DT' ? label.parentElement.nextElementSibling : null);
    const name = inline || textOf(next).split(/\s{2,}|材料(?:形式|类型)/)[0];
    if (!name) continue;
    const text = textOf(card);
    const countMatch = /(?:纸质材料)?份数\s*[:：]\s*(\S*)/.exec(text);
    out.push({
      name,
      element: card,
      rowText: text,
      formText: text,
      countCell: countMatch ? countMatch[1] : undefined,
    });
  }
  return out;
}

/** The paragraphs of a materials section: list items, a block's own paragraphs, or the block. */
function paragraphItems(el: Element): Element[] {
  if (el.matches('ol, ul')) return [...el.children];
  const blocks = [...el.children].filter((c) => /^(?:P|DIV|LI|OL|UL|SECTION)$/.test(c.tagName));
  if (blocks.length >= 2) return blocks.flatMap((b) => (b.matches('ol, ul') ? [...b.children] : [b]));
  return [el];
}

/**
 * A material's name in a paragraph: up to the first comma or colon, keeping a qualifier in
 * brackets (法定代表人（负责人）身份证) but not a trailing note of form or count (申请书（原件1份）).
 */
function materialName(body: string): string {
  const head = body.split(/[，,。；;：:]/)[0].trim();
  return head
    .replace(/[（(][^（）()]*(?:份|原件|复印件|复印|电子|张|套|本|页|核验|退还|返还)[^（）()]*[)）]\s*$/, '')
    .trim();
}

/** The guide's other sections, by the labels guides use for them. */
const SECTION_LABELS =
  /办理|受理|申[请报]条件|收费|法定|承诺|联系|咨询|投诉|设定|实施|法律依据|审批|办结|时限|期限|结果|送达/
    .source +
  '|' +
  /(?:服务|适用)?对象|常见问题|注意事项|(?:温馨|特别)提示|流程|地点|窗口|备注/.source;
const NEXT_SECTION = new RegExp(
  `^(?:[一二三四五六七八九十\\d]+[、.．]\\s*|[（(][一二三四五六七八九十]+[)）]\\s*)?(?:${SECTION_LABELS})`,
);

/**
 * Whether this paragraph opens the guide's next section rather than naming a material: a heading
 * tag, a section label (办理时限、收费标准…), the next 二、 under a numbered heading, or a bold
 * label opening the paragraph (<strong>二、办理时限</strong>即时办结).
 */
function endsMaterials(item: Element, text: string, sectionNumbered: boolean): boolean {
  if (/^H\d$/.test(item.tagName)) return true;
  if (sectionNumbered && /^[一二三四五六七八九十]+[、.．]/.test(text)) return true;
  const lead = item.firstElementChild;
  const bold =
    lead && /^(?:STRONG|B)$/.test(lead.tagName) && text.startsWith(textOf(lead)) ? textOf(lead) : '';
  if (bold && !NUMBERED.test(bold) && bold.length <= 12) return true;
  // A material numbered 1. 2. may well start with 办理 or 受理 (受理回执); a label is not numbered so.
  return (
    !/^\s*(?:[（(]\s*\d+\s*[)）]|\d+\s*[、.．)）])/.test(text) &&
    NEXT_SECTION.test(text.replace(NUMBERED, ''))
  );
}

function fromParagraphs(doc: Document): RawMaterial[] {
  const out: RawMaterial[] = [];
  const headings = [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p,div,strong,b,span,dt,th,td')].filter((e) =>
    MATERIALS_RE.test(textOf(e)),
  );
  for (const h of headings) {
    // Under a heading numbered 一、, the next 二、 opens another section, whatever it is called.
    const sectionNumbered = /^[一二三四五六七八九十]+[、.．]/.test(textOf(h));
    // Paragraphs follow the heading, or the heading's block.
    let start: Element | null = h.nextElementSibling;
    let holder: Element = h;
    while (!start && holder.parentElement) {
      holder = holder.parentElement;
      start = holder.nextElementSibling;
    }
    for (let el = start; el; el = el.nextElementSibling) {
      const items = paragraphItems(el);
      let stop = false;
      for (const item of items) {
        const t = textOf(item);
        if (!t) continue;
        if (endsMaterials(item, t, sectionNumbered)) {
          stop = true;
          break;
        }
        if (!NUMBERED.test(t) && item.tagName !== 'LI') continue;
        const body = t.replace(NUMBERED, '');
        // A card of fields (<div>1. 申请表</div><div>材料类型：原件 份数：1</div>): named by its first.
        const first = item.childElementCount > 1 ? textOf(item.firstElementChild) : '';
        const name = materialName(first && NUMBERED.test(first) ? first.replace(NUMBERED, '') : body);
        const countCell = COUNT_FIELD.exec(body)?.[1];
        if (name) out.push({ name, element: item, rowText: body, formText: body, countCell });
      }
      if (stop) break;
    }
    if (out.length) break;
  }
  return out;
}

const UNNAMED = '未命名事项';

function guideName(doc: Document): string {
  for (const el of doc.querySelectorAll('th, td, dt, span, label, strong, b, div, p, li')) {
    const t = textOf(el);
    if (!/^事项名称/.test(t) || t.length > 80) continue;
    // A block that opens with the label in a child of its own: that child is the label.
    if (el.firstElementChild && textOf(el.firstElementChild).startsWith('事项名称')) continue;
    const inline = t.replace(/^事项名称\s*[:：]?\s*/, '');
    if (inline) return inline;
    const next = textOf(el.nextElementSibling);
    if (next) return next;
  }
  const h1 = textOf(doc.querySelector('h1'));
  return (
    (h1 || norm(doc.title))
      .replace(/[-_|—].*$/, '')
      .replace(/办事指南|服务指南|[：:]/g, '')
      .trim() || UNNAMED
  );
}

export function readGuide(doc: Document): Guide {
  const body = doc.body ?? doc.documentElement;
  const bodyText = body.textContent ?? '';
  const noMaterials = NO_MATERIALS.test(bodyText);
  let raw = fromTables(body);
  if (!raw.length) raw = fromCards(body);
  if (!raw.length) raw = fromParagraphs(doc);
  const materials: Material[] = raw.map((r) => ({
    name: r.name,
    forms: formsIn(r.formText),
    element: r.element,
    returned: RETURNED.test(r.rowText),
    counts: countsIn(r.rowText).concat(r.countCell && BARE_NUMBER.test(r.countCell) ? [r.countCell] : []),
  }));
  const name = guideName(doc);
  // A guide whose heading or title names its service has its 事项名称, labelled or not.
  const present = (n: string, re: RegExp) => re.test(bodyText) || (n === '事项名称' && name !== UNNAMED);
  return {
    name,
    materials,
    sources: raw.map((r) => ({ rowText: r.rowText, countCell: r.countCell })),
    noMaterials,
    missingElements: GUIDE_ELEMENTS.filter(([n, re]) => !present(n, re)).map(([n]) => n),
  };
}

export function guideFlags(g: Guide): Flag[] {
  const flags: Flag[] = [];
  if (!g.noMaterials || g.materials.length) {
    g.materials.forEach((m, i) => {
      const src = g.sources[i];
      const v = judgeMaterial({ ...m, counts: countsIn(src.rowText) }, src.rowText, src.countCell);
      if (!v.level) return;
      flags.push({
        rule: 'missing-material-count',
        level: v.level,
        item: m.name,
        element: m.element,
        message:
          v.level === 'flag' ? phrase.material(g.name, m.name) : phrase.materialAmbiguous(g.name, m.name),
        evidence: {
          material: m.name,
          forms: m.forms,
          counts: m.counts,
          reason: v.reason ?? 'none',
          guide: g.name,
        },
      });
    });
  }
  if (g.missingElements.length) {
    flags.push({
      rule: 'guide-missing-elements',
      level: 'warn',
      message: phrase.guideElements(g.name, g.missingElements),
      evidence: { missing: g.missingElements, guide: g.name },
    });
  }
  return flags;
}
