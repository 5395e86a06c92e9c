// Regenerates tests/fixtures/fact-sheets/*.md from the fact sheets (../shared/reference/*.md by
// default, or the folder given as the first argument). Each fixture keeps the sheet's title, its
// status-label block (what each source tag means) and the one section whose table
// tests/unit/fact-sheets.test.ts compares with content/data — so the comparison runs in any clone,
// with every number still carrying its source.
//   npm run fixture:fact-sheets [-- <sheets folder>]           write the fixtures
//   npm run fixture:fact-sheets -- [<sheets folder>] --check   exit 1 when a fixture differs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'fact-sheets');

/** The sheet and the heading of the section whose table the test reads. */
export const SECTIONS: Record<string, string> = {
  'qwen.md': '## 5. Benchmarks',
  'llama2.md': '### 3a. Table 3',
  'deepseek-llm.md': '### Table 5',
  'pangu-pi-pro.md': '## 6. Final benchmark table',
};

/** From the line starting with `heading` up to the next heading of the same or a higher level. */
function section(lines: string[], heading: string, sheet: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`${sheet}: heading "${heading}" not found`);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end);
}

function fixture(ref: string, sheet: string): string {
  const lines = readFileSync(join(ref, sheet), 'utf8').split('\n');
  // The preamble: title and status labels, up to the first section heading.
  const firstSection = lines.findIndex((l, i) => i > 0 && /^#{2,} /.test(l));
  const preamble = lines.slice(0, firstSection).join('\n').trimEnd();
  return [
    `<!-- Extract of ../shared/reference/${sheet}, written by scripts/fact-sheet-fixture.ts; do not edit by hand. -->`,
    preamble,
    '',
    section(lines, SECTIONS[sheet]!, sheet).join('\n').trimEnd(),
    '',
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const ref = args.find((a) => !a.startsWith('--')) ?? join(ROOT, '..', 'shared', 'reference');
  if (!existsSync(ref)) {
    console.error(`no fact sheets at ${ref}: pass their folder as the first argument`);
    process.exit(1);
  }
  let stale = 0;
  for (const sheet of Object.keys(SECTIONS)) {
    const text = fixture(ref, sheet);
    const file = join(OUT, sheet);
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        console.error(`${file}: differs from ${join(ref, sheet)} (run npm run fixture:fact-sheets)`);
        stale += 1;
      }
    } else writeFileSync(file, text);
  }
  if (stale) process.exit(1);
  console.log(
    check ? 'fact-sheet fixtures match the sheets' : `wrote ${Object.keys(SECTIONS).length} fixtures to ${OUT}`,
  );
}

// The test imports SECTIONS; only a direct run writes files.
if (process.argv[1] === fileURLToPath(import.meta.url)) main();
