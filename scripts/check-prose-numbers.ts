// Lists numbers a review retyped in prose that equal a data value of the same paper
// (content/data/results/<paper>.yaml) but are not a <Score>/<ConfigValue>, with the file,
// line and the matching data cells. Exit 1 when any are found. Not part of the build yet:
// the reviews are being brought to zero first (issue #17, point 11).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteContent } from '../src/build/site-content.ts';
import { formatFindings, paperDataCells, proseNumbers, unwrappedNumbers } from '../src/lib/prose-numbers.ts';
import { ALLOW_FILE, applyAllowList, parseAllowList } from '../src/lib/prose-number-allow.ts';

const c = siteContent();
// #17: the justified exceptions (content/prose-number-allow.yaml); stale entries count as findings.
const allow = parseAllowList(readFileSync(join(process.cwd(), ALLOW_FILE), 'utf8'));
let total = 0;
const counts: string[] = [];
for (const review of [...c.reviews].sort((a, b) => a.file.localeCompare(b.file))) {
  const source = readFileSync(join(process.cwd(), review.file), 'utf8');
  const all = unwrappedNumbers(proseNumbers(source), paperDataCells(c, review.data.paper));
  const { remaining: found, stale } = applyAllowList(review.file, all, allow);
  for (const e of stale)
    console.log(`${ALLOW_FILE}: "${e.number}" for ${e.file} matches no unwrapped number any more; remove the entry`);
  total += stale.length;
  for (const line of formatFindings(review.file, found)) console.log(line);
  counts.push(`${review.file}: ${found.length}`);
  total += found.length;
}
console.log(`\n데이터에 있는데 <Score>/<ConfigValue>로 감싸지 않은 본문 숫자 (unwrapped prose numbers):`);
for (const line of counts) console.log(`  ${line}`);
console.log(`  합계 ${total}`);
process.exit(total > 0 ? 1 : 0);
