// Copy check (#17): reports passages of ≥ MIN characters that a review or concept page shares
// with one of the source reviews (the "seeds" the site was commissioned from). The seeds live
// outside the repository, so this runs by hand, not in CI:
//   npm exec -- node scripts/check-copy.ts [seeds-folder]      (default ../shared/seeds)
// Exit code 1 when a shared passage is found, 0 when clean or when the seeds are absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { normaliseForCopyCheck, sharedRuns, suffixAutomaton } from '../src/lib/copy-check.ts';

const MIN = 40;
const isProse = (run: string) => /[\uac00-\ud7a3]/.test(run);
const root = resolve(import.meta.dirname, '..');
const seedsDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'seeds'));

if (!existsSync(seedsDir)) {
  console.log(
    `복사 검사 건너뜀: 원본 리뷰 폴더가 없습니다 (${seedsDir}). 경로를 인자로 주세요: npm exec -- node scripts/check-copy.ts <seeds-folder>`,
  );
  process.exit(0);
}

const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    name: f,
    automaton: suffixAutomaton(normaliseForCopyCheck(readFileSync(join(seedsDir, f), 'utf8'))),
  }));
const pages = ['content/reviews', 'content/concepts'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join(root, dir, f)),
);

let found = 0;
const names: string[] = [];
for (const file of pages) {
  const text = normaliseForCopyCheck(readFileSync(file, 'utf8'));
  for (const seed of seeds) {
    const all = sharedRuns(text, seed.automaton, MIN);
    // The seeds are Korean prose: a shared run without Hangul is a paper title, an English term
    // or the origin review's URL (credited on purpose), listed apart and not counted as copying.
    const runs = all.filter((r) => isProse(r.text));
    for (const r of all.filter((x) => !isProse(x.text)))
      names.push(`${relative(root, file)} ↔ ${seed.name}: «${r.text.trim()}»`);
    if (runs.length === 0) continue;
    found += runs.length;
    console.log(`${relative(root, file)} ↔ ${seed.name}: ${runs.length}개, 가장 긴 것 ${[...runs[0]!.text].length}자`);
    for (const r of runs.slice(0, 5)) console.log(`    «${r.text}»`);
  }
}
if (names.length) console.log(`한글 없는 공유 구절 (제목·용어·출처 URL, 복사로 세지 않음):\n  ${names.join('\n  ')}`);
console.log(
  `\n원본 리뷰 ${seeds.length}개 × 페이지 ${pages.length}개, ${MIN}자 이상 공유한 한국어 구절: ${found}건${found ? '' : ' (깨끗함)'}`,
);
process.exitCode = found ? 1 : 0;
