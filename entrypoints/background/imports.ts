// Import files reach the background as blob: URLs of the extension's own side panel: 50 MB read
// here directly instead of being serialised through runtime messaging.
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
    return tooLarge ? { problem: tooLarge } : { name: f.name, text: await blob.text() };
  } catch {
    return cantRead;
  }
}
