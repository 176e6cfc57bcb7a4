// Office files are zip archives whose writers stamp every entry and the core properties with the
// wall clock. Re-stamping them with the export's own time makes the same round and the same clock
// give the same bytes. Entries keep their compressed data: nothing is deflated twice.
import type JSZipType from 'jszip';

export type Zip = JSZipType;

/** `edit` may change entries first (the workbook fills its large sheet there). */
export async function stampZip(
  bytes: Uint8Array,
  at: Date,
  edit?: (zip: Zip) => Promise<void>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  await edit?.(zip);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const iso = `${at.toISOString().slice(0, 19)}Z`;
    const xml = (await core.async('string')).replace(
      /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
      `$1${iso}$2`,
    );
    zip.file('docProps/core.xml', xml, { createFolders: false });
  }
  // DOS times are local wall-clock times; JSZip writes the date it is given as such.
  for (const entry of Object.values(zip.files)) entry.date = at;
  const out = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 1 },
  });
  return out as Uint8Array<ArrayBuffer>;
}
