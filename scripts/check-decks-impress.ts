// On demand (not in CI: CI has no LibreOffice): open the generated decks in a real presentation
// program. Converts every per-review pack (dist/decks/*.pptx) and a deck made the way the
// /charts/ deck builder makes it (every chart, with picture fallbacks, and two results tables)
// with LibreOffice Impress headless to PDF, then each page to PNG for a person to look at,
// and checks what a program can check: one PDF page per slide, the source line and the
// address on every page, Hangul text present, and which font Impress drew Korean text with.
//
//   npm run build && node scripts/check-decks-impress.ts [--out dir]
// Needs: soffice (Debian: apt-get install -y libreoffice-impress), pdftoppm/pdftotext/pdffonts
// (poppler-utils). Exits 2 when they are missing, 1 when a check fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { deckCatalogue } from '../src/build/deck-packs.ts';
import { buildPptx } from '../src/lib/deck/pptx.ts';
import { resolveDeckRequest } from '../src/lib/deck/request.ts';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : join(root, 'test-results', 'impress'));
const DECK_BUILDER_TABLES = ['table:qwen/table-2', 'table:llama-2/table-3'];

function need(cmd: string, pkg: string): void {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) {
    console.error(`check-decks-impress: "${cmd}" not found. Install it (Debian: apt-get install -y ${pkg}).`);
    process.exit(2);
  }
}

/** A deck as the /charts/ deck builder makes it: catalogue items, pictures for non-native charts. */
async function deckBuilderDeck(): Promise<Uint8Array> {
  const cat = deckCatalogue();
  const { items, unknown } = resolveDeckRequest(cat, [
    ...cat.charts.map((c) => `chart:${c.id}`),
    ...DECK_BUILDER_TABLES,
  ]);
  if (unknown.length) throw new Error(`deck builder deck: unknown items ${unknown.join(', ')}`);
  for (const item of items) {
    if (item.kind !== 'chart' || item.native) continue;
    const png = join(root, 'dist', 'charts', `${item.id}.png`);
    item.picture = `image/png;base64,${readFileSync(png).toString('base64')}`;
  }
  return buildPptx({ PptxGenJS, JSZip }, '차트 덱 (Impress 확인)', items);
}

interface DeckReport {
  deck: string;
  slides: number;
  pages: number;
  problems: string[];
  fonts: string[];
  pngs: string[];
}

async function check(pptx: string): Promise<DeckReport> {
  const name = basename(pptx, '.pptx');
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const zip = await JSZip.loadAsync(readFileSync(pptx));
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  // a private profile: no clash with a running LibreOffice, nothing left in $HOME
  const profile = `file://${join(out, '.profile')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx],
    { stdio: 'pipe', timeout: 300_000 },
  );
  const pdf = join(dir, `${name}.pdf`);
  const problems: string[] = [];
  if (!existsSync(pdf))
    return { deck: name, slides, pages: 0, problems: ['LibreOffice wrote no PDF'], fonts: [], pngs: [] };
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'slide')]);
  const pngs = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
  if (pages.length !== slides) problems.push(`${slides} slides but ${pages.length} PDF pages`);
  pages.forEach((text, i) => {
    if (!/출처\s*:/.test(text)) problems.push(`page ${i + 1}: no source line`);
    if (!/CC\s+BY\s+4\.0/.test(text)) problems.push(`page ${i + 1}: no licence`);
    if (!/[\uac00-\ud7a3]/.test(text)) problems.push(`page ${i + 1}: no Hangul text`);
  });
  // which fonts Impress embedded (what it drew with once Malgun Gothic was missing)
  const fonts = [
    ...new Set(
      execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
        .filter(Boolean),
    ),
  ];
  return { deck: name, slides, pages: pages.length, problems, fonts, pngs };
}

need('soffice', 'libreoffice-impress');
need('pdftoppm', 'poppler-utils');
need('pdffonts', 'poppler-utils');
const decksDir = join(root, 'dist', 'decks');
if (!existsSync(decksDir)) {
  console.error('check-decks-impress: dist/decks/ is missing; run `npm run build` first.');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const builder = join(out, 'deck-builder.pptx');
writeFileSync(builder, await deckBuilderDeck());
const decks = [
  ...readdirSync(decksDir)
    .filter((f) => f.endsWith('.pptx'))
    .map((f) => join(decksDir, f)),
  builder,
];
let failed = false;
for (const deck of decks) {
  const r = await check(deck);
  failed ||= r.problems.length > 0;
  console.log(
    `${r.problems.length ? 'FAIL' : 'ok  '} ${r.deck}: ${r.slides} slides, ${r.pages} pages; fonts in PDF: ${r.fonts.join(', ')}`,
  );
  for (const p of r.problems) console.log(`     ${p}`);
  console.log(`     look at: ${r.pngs.join(' ')}`);
}
rmSync(join(out, '.profile'), { recursive: true, force: true });
process.exit(failed ? 1 : 0);
