// Comparison facts: validation (units converted or refused, fields checked, <Compare>
// links). The computed cells of the real site's comparison pages: tests/unit/compare-view.test.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { FIXTURES, OK_ROOT } from './helpers.ts';

const charts = { chartIds: new Set(['demo-chart']) };

function withCompare(name: string, reviewExtra = '') {
  const raw = readContent(OK_ROOT);
  raw.compare = [
    { file: 'content/data/compare/demo.yaml', text: readFileSync(join(FIXTURES, 'compare', `${name}.yaml`), 'utf8') },
  ];
  if (reviewExtra) raw.reviews = raw.reviews.map((r) => ({ ...r, text: `${r.text}\n${reviewExtra}\n` }));
  return raw;
}

function issuesOf(raw: ReturnType<typeof readContent>): string[] {
  try {
    validateContent(raw, charts);
  } catch (e) {
    if (e instanceof ContentError)
      return e.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} → ${i.field}: ${i.expected}`);
    throw e;
  }
  return [];
}

describe('comparison facts: validation', () => {
  it('converts a batch in sequences to tokens with the conversion kept', () => {
    const c = validateContent(withCompare('ok'), charts);
    const batch = c.compare[0]!.cells.batch!;
    expect(batch.value).toBe(2_097_152);
    expect(batch.conversion).toBe('1,024 시퀀스 × 2,048 토큰 = 2,097,152 토큰');
  });
  it('refuses a batch in sequences without a sequence length, naming file and field', () => {
    expect(issuesOf(withCompare('mixed-units'))).toEqual([
      'content/data/compare/demo.yaml → entries[0].values.batch.unit: a batch in sequences needs the sequence length (a "context" value in tokens) to become tokens',
    ]);
  });
  it('names an unknown topic, an unknown field, a wrong type and an unknown unit', () => {
    const issues = issuesOf(withCompare('bad-fields'));
    expect(issues).toContain(
      'content/data/compare/demo.yaml → entries[0].topic: one of architecture, alignment, long-context, tokenizers, training, got "speed"',
    );
    expect(issues.some((i) => /entries\[1\]\.values\.layers: a number value, got "thirty-two"/.test(i))).toBe(true);
    expect(
      issues.some((i) => /entries\[1\]\.values\.depth: a field of the architecture page \(params, layers/.test(i)),
    ).toBe(true);
    expect(issues.some((i) => /entries\[1\]\.values\.context\.unit: a value in "tokens" .*got unit "GB"/.test(i))).toBe(
      true,
    );
  });
  it('checks <Compare topic model> in MDX like <Concept>', () => {
    const issues = issuesOf(
      withCompare('ok', '<Compare topic="speed">x</Compare> <Compare topic="architecture" model="demo-7b">y</Compare>'),
    );
    expect(
      issues.some((i) =>
        /content\/reviews\/demo\.mdx:\d+ → <Compare topic>: one of architecture, memory, .*got "speed"/.test(i),
      ),
    ).toBe(true);
    expect(
      issues.some((i) => /<Compare model>: a model with a row on \/compare\/architecture\/ .*got "demo-7b"/.test(i)),
    ).toBe(true);
    expect(issuesOf(withCompare('ok', '<Compare topic="training" model="demo-7b">z</Compare>'))).toEqual([]);
  });
});
