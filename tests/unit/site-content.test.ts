import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { validatedContent } from '../../src/build/site-content.ts';
import { OK_ROOT, brokenContent } from './helpers.ts';

const IDS = ['demo-chart']; // the fixture's one chart

// The content check (before the build) and the pages' siteContent() share one validation per
// process (issue 12: the second one cost seconds of every build and of the dev server's first page).
describe('validatedContent: one validation per process, never a stale one', () => {
  it('reuses the result for the same files, validates again when a file changed', () => {
    const raw = readContent(OK_ROOT);
    const a = validatedContent(OK_ROOT, raw, IDS);
    expect(validatedContent(OK_ROOT, readContent(OK_ROOT), IDS)).toBe(a);

    const edited = structuredClone(raw);
    const review = edited.reviews[0]!;
    review.text = review.text.replace(/\n*$/, '\n\n편집 표식 문단.\n');
    const b = validatedContent(OK_ROOT, edited, IDS);
    expect(b).not.toBe(a);
    expect(b.reviews.find((r) => r.file === review.file)?.body).toContain('편집 표식 문단.');
  });

  it('still fails on broken content after a valid result was kept', () => {
    const ok = validatedContent(OK_ROOT, readContent(OK_ROOT), IDS);
    expect(() => validatedContent(OK_ROOT, brokenContent('unknown-model'), IDS)).toThrow(/model/);
    expect(validatedContent(OK_ROOT, readContent(OK_ROOT), IDS)).toStrictEqual(ok);
    // other chart ids are other inputs: the fixture's chart is then unknown
    expect(() => validatedContent(OK_ROOT, readContent(OK_ROOT), ['another-chart'])).toThrow(/demo-chart/);
  });
});
