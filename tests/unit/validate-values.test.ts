// validate-values.ts: the value rules a schema cannot express — series x values (one type, each
// once, numbers ascending) and dates that have already happened.
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import type { Series } from '../../src/lib/content/schema.ts';
import { checkNotFuture, checkSeriesX } from '../../src/lib/content/validate-values.ts';

const FILE = 'content/data/series/curve.yaml';

function collect(): { issues: ContentIssue[]; add: (file: string, field: string, expected: string) => void } {
  const issues: ContentIssue[] = [];
  return { issues, add: (file, field, expected) => void issues.push({ file, field, expected }) };
}

const series = (lines: Record<string, Array<number | string>>): Series => ({
  id: 'curve',
  title: '곡선',
  paper: 'demo',
  source: { table: 'Figure 1', version: 'v1' },
  kind: 'reported',
  verified: true,
  x: { label: 'x', unit: '' },
  y: { label: 'y', unit: '' },
  lines: Object.entries(lines).map(([id, xs]) => ({
    id,
    label: id,
    points: xs.map((x): [number | string, number] => [x, 1]),
  })),
});

function xIssues(lines: Record<string, Array<number | string>>): Array<[string, string]> {
  const { issues, add } = collect();
  checkSeriesX(FILE, series(lines), add);
  expect(issues.every((i) => i.file === FILE)).toBe(true);
  return issues.map((i) => [i.field, i.expected]);
}

describe('checkSeriesX', () => {
  it('accepts ascending numbers and text labels in any order', () => {
    expect(xIssues({ lengths: [512, 1024, 4096], languages: ['ko', 'en', 'ja'] })).toEqual([]);
  });

  it('reports every step down of a numeric line, at the point that goes down', () => {
    expect(xIssues({ a: [4096, 2048, 1024] })).toEqual([
      ['lines[0].points[1][0]', 'x values in ascending order in line "a", got 2048 after 4096'],
      ['lines[0].points[2][0]', 'x values in ascending order in line "a", got 1024 after 2048'],
    ]);
  });

  it('reports a repeated number as a repeat, not as a step down', () => {
    expect(xIssues({ a: [1024, 1024] })).toEqual([
      ['lines[0].points[1][0]', 'each x once in line "a", got 1024 again'],
    ]);
  });

  it('reports only the first x of another type in a mixed line, and checks the other lines on', () => {
    expect(xIssues({ mixed: ['ko', 1, 1, 'en'], b: [2, 1] })).toEqual([
      ['lines[0].points[1][0]', 'x values of one type in line "mixed" (all numbers or all text), got 1 after "ko"'],
      ['lines[1].points[1][0]', 'x values in ascending order in line "b", got 1 after 2'],
    ]);
  });
});

describe('checkNotFuture', () => {
  const today = new Date('2026-11-30T00:00:00Z');
  const check = (date: Date | undefined) => {
    const { issues, add } = collect();
    checkNotFuture('content/reviews/demo.mdx', 'frontmatter.updatedAt', date, today, add);
    return issues;
  };

  it('accepts no date, a past date, and a date up to one day ahead (time zones)', () => {
    expect(check(undefined)).toEqual([]);
    expect(check(new Date('2020-01-01'))).toEqual([]);
    expect(check(new Date('2026-12-01T00:00:00Z'))).toEqual([]);
  });

  it('reports a date more than one day ahead, printing both days', () => {
    expect(check(new Date('2026-12-01T00:00:01Z'))).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: 'frontmatter.updatedAt',
        expected: 'a date that is not in the future (today is 2026-11-30), got 2026-12-01',
      },
    ]);
  });
});
