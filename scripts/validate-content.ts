// Checks every content file and prints each problem with its file, field and expectation.
// Exit 1 on any problem. (The build runs the same check through the Astro integration.)
import { readContent } from '../src/build/read-content.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { chartIds } from '../src/charts/ids.ts';

const root = process.argv[2] ?? process.cwd();
const raw = readContent(root);
try {
  const c = validateContent(raw, { chartIds: new Set(chartIds) });
  const rows = c.tables.reduce((n, t) => n + t.rows.length, 0);
  console.log(
    `콘텐츠 정상: 논문 ${c.papers.length}, 리뷰 ${c.reviews.length}, 개념 ${c.concepts.length}, ` +
      `모델 ${c.models.length}, 벤치마크 ${c.benchmarks.length}, 결과 ${rows}행, 시리즈 ${c.series.length}`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
