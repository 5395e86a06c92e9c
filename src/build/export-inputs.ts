// What every cached export depends on besides its own data: the renderer (our chart/table
// code and the packages that draw and rasterise) and the font. Kept coarse on purpose: any
// change to the code under src/charts, src/lib or src/build re-renders every export once,
// which is cheap next to serving a stale picture. The site address is part of it too: chart
// slides, CSVs and slide packs print the page address, so a build for another SITE_URL or
// BASE_PATH must not reuse them. A PNG is the exception: its key holds the exact SVG it
// rasterises, so it depends only on the rasteriser (rasterFingerprint), and a code or address
// change that leaves a picture's SVG unchanged does not draw it again.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteContent } from '../lib/content/validate.ts';
import { BASE_PATH, SITE_URL } from '../lib/site.ts';
import { pretendardFingerprint } from './pretendard.ts';

const CODE_DIRS = ['src/charts', 'src/lib', 'src/build'];
const RENDER_PACKAGES = ['@observablehq/plot', 'linkedom', '@resvg/resvg-js'];

/** Files under `dir` (recursively, in sorted order) whose names match `name`; none when `dir` is missing. */
export function filesUnder(dir: string, name = /\.(ts|mjs|js|json)$/): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p, name) : name.test(n) ? [p] : [];
  });
}

export function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'missing';
  }
}

let memo: { signature: string; value: RendererFingerprint } | undefined;

// In `astro build` (Vite sets import.meta.env.PROD) no source file changes under the running
// build, so the fingerprints are computed once per root: re-checking meant ~45,000 stat calls
// per build, a third of a second of the main thread. The dev server, tests and plain Node
// scripts re-check on every call, so an edit is never served from a stale key.
const CODE_IS_FIXED = (import.meta as { env?: { PROD?: boolean } }).env?.PROD === true;
const fixed = new Map<string, RendererFingerprint>();
function fixedPerRoot(kind: string, root: string, compute: () => RendererFingerprint): RendererFingerprint {
  if (!CODE_IS_FIXED) return compute();
  const k = `${kind}\0${root}`;
  let v = fixed.get(k);
  if (!v) fixed.set(k, (v = compute()));
  return v;
}

export interface RendererFingerprint {
  [k: string]: string;
  code: string;
}

/** Hash of the export code, the renderer package versions and the Pretendard files; re-read only when a file's mtime or size changes (dev server edits). */
export function rendererFingerprint(root = process.cwd()): RendererFingerprint {
  return fixedPerRoot('renderer', root, () => computeRendererFingerprint(root));
}

function computeRendererFingerprint(root: string): RendererFingerprint {
  const files = CODE_DIRS.flatMap((d) => filesUnder(join(root, d)));
  const fonts = pretendardFingerprint(root);
  const signature = files
    .map((f) => {
      const s = statSync(f);
      return `${f}:${s.mtimeMs}:${s.size}`;
    })
    .concat(fonts)
    .join('\n');
  if (memo?.signature === signature) return memo.value;
  const code = createHash('sha256');
  for (const f of files) code.update(f.slice(root.length)).update('\0').update(readFileSync(f)).update('\0');
  const value: RendererFingerprint = { code: code.digest('hex'), site: `${SITE_URL}|${BASE_PATH}` };
  for (const p of RENDER_PACKAGES) value[p] = packageVersion(root, p);
  value.pretendard = fonts;
  memo = { signature, value };
  return value;
}

const RASTER_PACKAGES = ['@resvg/resvg-js', 'sharp', 'harfbuzzjs'];
const RASTER_FILES = ['raster.ts', 'raster-fonts.ts'];
let rasterMemo: { signature: string; value: RendererFingerprint } | undefined;

/**
 * What turns an SVG into PNG bytes: src/build/raster.ts (font mapping, options) and raster-fonts.ts
 * (which font files), resvg, sharp, the Pretendard files and the subsetter.
 */
export function rasterFingerprint(root = process.cwd()): RendererFingerprint {
  return fixedPerRoot('raster', root, () => computeRasterFingerprint(root));
}

function computeRasterFingerprint(root: string): RendererFingerprint {
  const files = RASTER_FILES.map((f) => join(root, 'src', 'build', f));
  const fonts = pretendardFingerprint(root);
  const signature = files
    .map((f) => {
      const s = statSync(f);
      return `${s.mtimeMs}:${s.size}`;
    })
    .concat(fonts)
    .join('|');
  if (rasterMemo?.signature === signature) return rasterMemo.value;
  const code = createHash('sha256');
  for (const f of files) code.update(readFileSync(f)).update('\0');
  const value: RendererFingerprint = { code: code.digest('hex') };
  for (const p of RASTER_PACKAGES) value[p] = packageVersion(root, p);
  value.pretendard = fonts;
  rasterMemo = { signature, value };
  return value;
}

const contentMemo = new WeakMap<SiteContent, string>();

/** Hash of the site's data (papers, models, benchmarks, tables, configs, series, samples); review and concept prose are left out. */
export function contentDataFingerprint(c: SiteContent): string {
  let h = contentMemo.get(c);
  if (!h) {
    const { papers, models, benchmarks, tables, configs, series, samples } = c;
    h = createHash('sha256')
      .update(JSON.stringify({ papers, models, benchmarks, tables, configs, series, samples }))
      .digest('hex');
    contentMemo.set(c, h);
  }
  return h;
}
