// Fixtures are parsed into a fresh document per test, with the URL the engine would see.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTokens } from '../../demo/server.mjs';

export function docFrom(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return doc;
}

export function demoPage(path: string, today: Date): Document {
  const raw = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../demo/site', path), 'utf8');
  return docFrom(renderTokens(raw, today));
}

export const day = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d);
};
