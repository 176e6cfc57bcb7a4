// Bytes of an imported text file (JSON export, dictionary CSV) decoded strictly: UTF-8, or UTF-16
// with a byte-order mark. A GBK file (what Notepad or Excel save on Chinese Windows) is refused
// with a message naming GBK rather than stored as mojibake; a picture, archive or PDF is named
// for what it is instead of shown as junk.
const MAGIC: Array<[number[], string, string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片', 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片', 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片', 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件', 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP 压缩包或 Office 文件', 'a zip archive or an Office file'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Office 文件', 'an old Office file'],
];

export function decodeText(bytes: Uint8Array): { text?: string; problem?: string } {
  if (!bytes.length) return { problem: '文件是空的 / the file is empty' };
  const kind = MAGIC.find(([m]) => m.every((b, i) => bytes[i] === b));
  if (kind)
    return { problem: `不是文本文件（看起来是${kind[1]}） / not a text file (it looks like ${kind[2]})` };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      let gbk = false;
      try {
        new TextDecoder('gbk', { fatal: true }).decode(bytes);
        gbk = true;
      } catch {
        gbk = false;
      }
      const hint = gbk ? '（看起来是 GBK，请另存为 UTF-8）' : '';
      return {
        problem: `文件不是 UTF-8 编码${hint} / the file is not UTF-8${gbk ? ' (it looks like GBK)' : ''}`,
      };
    }
  }
  // NUL never occurs in text: a binary file that happened to decode.
  if (text.includes('\u0000')) return { problem: '不是文本文件 / not a text file' };
  if (!text.trim()) return { problem: '文件是空的 / the file is empty' };
  return { text };
}
