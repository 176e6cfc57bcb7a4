// axe-core in the real browser: serious and critical violations of a page or one part of it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export async function axe(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (sel) => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: unknown,
          o: unknown,
        ): Promise<{
          violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>;
        }>;
      };
    };
    return w.axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
  }, include);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} @ ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
}
