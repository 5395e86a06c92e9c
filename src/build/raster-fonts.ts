// The Pretendard files resvg draws with, cut down to the characters this site can show.
//
// resvg reads a font file from disk again for every glyph it lays out (its font database keeps
// file paths, not bytes), so a 1.5 MB Pretendard weight is copied ~50 times per chart label and
// ~1,000 times per slide. The same three weights cut to the ~1,200 characters found in content/
// and src/ are ~170 KB each, which took 29 % off the CPU time of the site's 56 slide PNGs with
// byte-identical output (tests/unit/raster-fonts.test.ts compares the pixels). An SVG holding any
// character outside the subset is drawn with the full files, so a new character costs time, never
// a missing glyph.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { filesUnder } from './export-inputs.ts';
import { assertPretendard, pretendardPath } from './pretendard.ts';

const require = createRequire(import.meta.url);
const FONT_NAMES = ['Pretendard-Regular.otf', 'Pretendard-SemiBold.otf', 'Pretendard-Bold.otf'] as const;
export const FULL_FONT_FILES = FONT_NAMES.map((f) => pretendardPath(f));

/** Characters code produces without writing them in a source file (d3-format's minus, for one). */
const GENERATED = '−–—‘’“”…·×÷→←↑↓≤≥±≈≠°‰′″•';
const TEXT_FILE = /\.(?:ts|astro|mdx|md|yaml|yml|json|css)$/;

/** Every character a slide, table image or card of this project can hold, as sorted code points. */
export function siteCodePoints(root = process.cwd()): number[] {
  const set = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) set.add(c);
  const add = (text: string) => {
    for (const ch of text) set.add(ch.codePointAt(0)!);
  };
  add(GENERATED);
  for (const dir of ['content', 'src'])
    for (const f of filesUnder(join(root, dir), TEXT_FILE)) add(readFileSync(f, 'utf8'));
  return [...set].filter((c) => c >= 0x20).sort((a, b) => a - b);
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters an SVG can draw: everything outside its tags, entities decoded, blanks dropped. */
export function svgCodePoints(svg: string): Set<number> {
  const text = svg
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITY[e.toLowerCase()] ?? m),
    );
  const out = new Set<number>();
  for (const ch of text) if (!/\s/.test(ch)) out.add(ch.codePointAt(0)!);
  return out;
}

interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

let harfBuzz: HarfBuzz | undefined;
function loadHarfBuzz(): HarfBuzz {
  if (!harfBuzz) {
    const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    harfBuzz = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HarfBuzz;
    harfBuzz._initialize();
  }
  return harfBuzz;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_NAME_LANG_ID = 5;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/**
 * hb-subset of one font to `codePoints`, keeping every layout feature (kerning, ligatures) and
 * every name record: resvg finds SemiBold by its typographic family (name ID 16, "Pretendard"),
 * which hb-subset drops by default, and would then draw that text in another weight.
 */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const hb = loadHarfBuzz();
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  const data = hb.malloc(font.byteLength);
  heap().set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    for (const all of [HB_SUBSET_SETS_LAYOUT_FEATURE_TAG, HB_SUBSET_SETS_NAME_ID, HB_SUBSET_SETS_NAME_LANG_ID]) {
      const set = hb.hb_subset_input_set(input, all);
      hb.hb_set_clear(set);
      hb.hb_set_invert(set);
    }
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of codePoints) hb.hb_set_add(unicodes, c);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('harfbuzz: hb_subset_or_fail failed');
    const out = hb.hb_face_reference_blob(subset);
    const bytes = heap().slice(hb.hb_blob_get_data(out, 0), hb.hb_blob_get_data(out, 0) + hb.hb_blob_get_length(out));
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    if (!bytes.length) throw new Error('harfbuzz: the subset font is empty');
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}

interface SiteFonts {
  codePoints: Set<number>;
  files: readonly string[];
}
let site: SiteFonts | null | undefined;

/**
 * The subset files for this project, made once per cache key (the characters and the font bytes)
 * under node_modules/.cache/prn-fonts/, written to a temporary folder and renamed into place so a
 * parallel or interrupted build never reads half a font. null when they cannot be made.
 */
function siteFonts(root = process.cwd()): SiteFonts | null {
  if (site !== undefined) return site;
  try {
    const codePoints = siteCodePoints(root);
    const fonts = FULL_FONT_FILES.map((f) => readFileSync(f));
    const h = createHash('sha256').update(String.fromCodePoint(...codePoints));
    for (const f of fonts) h.update(f);
    const dir = join(root, 'node_modules', '.cache', 'prn-fonts', h.digest('hex').slice(0, 16));
    const files = FONT_NAMES.map((n) => join(dir, n));
    if (!files.every((f) => existsSync(f))) {
      const tmp = `${dir}.tmp-${process.pid}`;
      mkdirSync(tmp, { recursive: true });
      fonts.forEach((font, i) => writeFileSync(join(tmp, FONT_NAMES[i]!), subsetFont(font, codePoints)));
      try {
        renameSync(tmp, dir);
      } catch {
        rmSync(tmp, { recursive: true, force: true }); // another build made it first
      }
    }
    site = { codePoints: new Set(codePoints), files };
  } catch {
    site = null;
  }
  return site;
}

/** The full files, or an error naming a missing one: resvg given no font file draws no text, silently. */
function fullFontFiles(): readonly string[] {
  assertPretendard();
  return FULL_FONT_FILES;
}

/** The font files to draw `svg` with: the site subset when it holds every character, else the full files. */
export function rasterFontFiles(svg: string): readonly string[] {
  const fonts = siteFonts();
  if (!fonts) return fullFontFiles();
  for (const c of svgCodePoints(svg)) if (!fonts.codePoints.has(c)) return fullFontFiles();
  return fonts.files;
}
