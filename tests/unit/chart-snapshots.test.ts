// Golden SVGs for every registry chart in both themes (tests/fixtures/chart-snapshots/), compared
// after the normalisation Observable Plot's own snapshot tests use: ids renamed in order of
// appearance (and every reference to them), numbers rounded to two decimals, one tag per line —
// so a real change to a chart shows as a short, readable line diff and nothing else does.
// The goldens change only on purpose:
//   UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/chart-snapshots.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { chartIds } from '../../src/charts/ids.ts';
import { siteContent } from '../../src/build/site-content.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'chart-snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Plot-style normalisation of an SVG string. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id-${ids.size}`);
  let out = svg.replace(
    /\s(id|aria-labelledby|aria-describedby)="([^"]+)"/g,
    (_all, attr: string, value: string) =>
      ` ${attr}="${value
        .split(' ')
        .map((v) => ids.get(v) ?? v)
        .join(' ')}"`,
  );
  out = out.replace(/(url\(#|href="#)([^)"]+)/g, (all, pre: string, id: string) =>
    ids.has(id) ? `${pre}${ids.get(id)}` : all,
  );
  // numbers: two decimals at most, no trailing zeros, no negative zero
  out = out.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Number(Number(n).toFixed(2));
    return String(Object.is(r, -0) ? 0 : r);
  });
  return out.replace(/>\s*</g, '>\n<').trim() + '\n';
}

describe('golden SVG snapshots', () => {
  const c = siteContent();
  it('cover every chart id', () => {
    expect(charts.map((ch) => ch.id).sort()).toEqual([...chartIds].sort());
  });
  describe.each(charts.map((ch) => [ch.id, ch] as const))('%s', (id, ch) => {
    it.each(['light', 'dark'] as const)('%s matches its golden SVG', (theme) => {
      const actual = normaliseSvg(ch.render(c, theme, { hidden: new Set() }).svg);
      const file = join(DIR, `${id}.${theme}.svg`);
      if (UPDATE) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, actual);
        return;
      }
      expect(
        existsSync(file),
        `${file} is missing: run UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/chart-snapshots.test.ts`,
      ).toBe(true);
      // A line diff on failure; when the change is intended, regenerate with UPDATE_SNAPSHOTS=1.
      expect(actual, `${id} (${theme}) differs from ${file}`).toBe(readFileSync(file, 'utf8'));
    });
  });
});
