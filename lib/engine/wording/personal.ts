// Unmasked personal data in published text (domain.md §8): resident ID numbers (GB 11643 check
// digit and a real birth date), mainland mobile numbers and bank card numbers (Luhn, card-like
// prefix). Masked forms (3201**********1234, 138****1234) are fine; numbers inside longer digit
// runs, or labelled 索引号, 文号 and the like, are not personal data.
import { makeDate } from '../dates';

export type PersonalKind = 'id-number' | 'mobile' | 'bank-card';

export interface PersonalHit {
  kind: PersonalKind;
  start: number;
  end: number;
  /** The number shown masked: the only form that is ever stored or exported. */
  masked: string;
}

/** Candidate runs: digits with at most single spaces or hyphens between groups, and an ID's X. */
const RUN = /[0-9](?:[0-9]|[ -](?=[0-9])){9,22}[0-9Xx]?/g;
/** Labels of numbers that are not anybody's: 索引号, 文号, codes and serial numbers. */
const NOT_PERSONAL =
  /(?:索引号|文号|编号|字号|代码|标识码|信用代码|备案号|许可证号|证书号|订单号|流水号|批准号|登记号|序号|邮编|邮政编码|传真|ICP|tel|fax)\s*[:：]?\s*$/i;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isResidentId(id: string, asOf: Date): boolean {
  if (!/^[1-8]\d{16}[\dX]$/i.test(id)) return false;
  const y = +id.slice(6, 10);
  if (y < 1900 || y > asOf.getFullYear()) return false;
  const born = makeDate(y, +id.slice(10, 12), +id.slice(12, 14));
  if (!born || born > asOf) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Prefixes of card schemes issued in China: UnionPay 62, Visa 4, Mastercard 51–55/2221–2720, others. */
const CARD_PREFIX = /^(?:62|4|5[1-5]|2[2-7]|3[47]|35|60|65|9[0-9])/;

function maskId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`;
}
function maskMobile(m: string): string {
  return `${m.slice(0, 3)}****${m.slice(7)}`;
}
function maskCard(c: string): string {
  return `${c.slice(0, 4)}${'*'.repeat(c.length - 8)}${c.slice(-4)}`;
}

/** Digit runs long enough to be personal numbers, before any check: where to look closer. */
export function candidateRuns(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[0-9][0-9 -]{9,}[0-9Xx]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Cells side by side run together (2023-07-272023-07-30): only a run holding eleven digits
    // in a row, or printed in a mobile's or a card's groups, can hold a personal number.
    const run = m[0];
    if (/\d{11}/.test(run) || /\d{3}[ -]\d{4}[ -]\d{4}/.test(run))
      out.push({ start: m.index, end: m.index + run.length });
  }
  return out;
}

/**
 * Every unmasked personal number in `text`, left to right. `before` is the text shown just before
 * it (a 索引号 label in the previous cell).
 */
export function findPersonalInfo(text: string, asOf: Date, before = ''): PersonalHit[] {
  const out: PersonalHit[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Part of something longer: a masked number, a longer code, a decimal, a URL or an address.
    const prev = start ? text.charCodeAt(start - 1) : NaN;
    if (isAdjacent(prev) || isAdjacent(text.charCodeAt(end))) continue;
    const label = (start < 12 ? before.slice(-12) : '') + text.slice(Math.max(0, start - 12), start);
    if (NOT_PERSONAL.test(label)) continue;
    const raw = m[0];
    const digits = raw.replace(/[ -]/g, '');
    const grouped = raw.length !== digits.length;
    if (digits.length === 18 && !grouped && isResidentId(digits, asOf)) {
      out.push({ kind: 'id-number', start, end, masked: maskId(digits) });
    } else if (
      digits.length === 11 &&
      /^1[3-9]\d{9}$/.test(digits) &&
      (!grouped || /^\d{3}[ -]\d{4}[ -]\d{4}$/.test(raw))
    ) {
      out.push({ kind: 'mobile', start, end, masked: maskMobile(digits) });
    } else if (
      digits.length >= 16 &&
      digits.length <= 19 &&
      /^\d+$/.test(digits) &&
      CARD_PREFIX.test(digits) &&
      luhn(digits)
    ) {
      // An 18-digit run that is a valid ID was taken above; groups of four are how cards are printed.
      if (grouped && !/^\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?$/.test(raw)) continue;
      out.push({ kind: 'bank-card', start, end, masked: maskCard(digits) });
    }
  }
  return out;
}

/** Characters that make a digit run part of a longer token: digits, letters, *, %, . , / : _ and @. */
function isAdjacent(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 42 /* * */ ||
    c === 0xff0a /* ＊ */ ||
    c === 37 ||
    c === 46 ||
    c === 47 ||
    c === 58 ||
    c === 95 ||
    c === 64 ||
    c === 45 ||
    c === 61 ||
    c === 0xd7 /* × */
  );
}
