// Import files reach the background as blob: URLs of the extension's own side panel: 50 MB read
// here directly instead of being serialised through runtime messaging.
import { decodeText } from '../../lib/exchange/decode';
import { sizeProblem, type ImportFile, type ImportProblem } from '../../lib/exchange/importer';

export async function readImportFile(
  f: { name: string; text: string } | { name: string; url: string },
): Promise<ImportFile | { problem: ImportProblem }> {
  if ('text' in f) return f;
  const cantRead = {
    problem: {
      file: f.name,
      message: '无法读取文件，请重新选择 / the file could not be read; choose it again',
    },
  };
  if (!f.url.startsWith(`blob:${location.origin}/`)) return cantRead;
  try {
    const blob = await (await fetch(f.url)).blob();
    const tooLarge = sizeProblem(f.name, blob.size);
    if (tooLarge) return { problem: tooLarge };
    // Decoded strictly: a GBK or binary file is named for what it is, never stored as mojibake.
    const decoded = decodeText(new Uint8Array(await blob.arrayBuffer()));
    return decoded.text !== undefined
      ? { name: f.name, text: decoded.text }
      : { problem: { file: f.name, message: decoded.problem! } };
  } catch {
    return cantRead;
  }
}
