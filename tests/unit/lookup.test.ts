// src/lib/content/lookup.ts and score-rows.ts: the joins components use, on the valid fixture.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { makeLookup } from '../../src/lib/content/lookup.ts';
import { matchingRows } from '../../src/lib/content/score-rows.ts';
import { OK_ROOT } from './helpers.ts';

const site = validateContent(readContent(OK_ROOT), {
  chartIds: new Set(['demo-chart']),
  today: new Date('2026-11-30'),
});
const c = makeLookup(site);

describe('lookup', () => {
  it('finds papers, models, benchmarks and tables by id, and names an unknown id', () => {
    expect(c.paper('demo').id).toBe('demo');
    expect(c.model('demo-7b').id).toBe('demo-7b');
    expect(c.benchmark('mmlu').id).toBe('mmlu');
    expect(c.table('demo', 'table-2').rows).toHaveLength(3);
    expect(c.config('demo', 'table-1').rows[0]!.values.layers).toBe(32);
    expect(() => c.model('nope')).toThrow(/model "nope"/);
    expect(() => c.table('demo', 'table-9')).toThrow(/results table "demo\/table-9"/);
  });

  it('resolves exactly one score row and refuses none or several', () => {
    expect(c.score({ paper: 'demo', table: 'table-2', model: 'demo-7b', benchmark: 'mmlu' }).score).toBe(60.1);
    expect(c.score({ paper: 'demo', table: 'table-2', model: 'demo-7b', benchmark: 'mmlu', shots: 5 }).score).toBe(
      60.1,
    );
    expect(() => c.score({ paper: 'demo', table: 'table-2', model: 'demo-7b', benchmark: 'mmlu', shots: 0 })).toThrow(
      /matches 0 rows/,
    );
  });

  it('writes a source as "<paper short title>, <table label>"', () => {
    const row = c.score({ paper: 'demo', table: 'table-2', model: 'demo-7b', benchmark: 'ppl' });
    expect(c.sourceText(row.source)).toBe(`${c.paper('demo').shortTitle}, Table 2`);
  });
});

describe('a row printed in another table', () => {
  // The paper repeats a number from another table: the row keeps that table as its source, and
  // every source line (table †, <Score>, CSV) names it, not the table the row sits in.
  const raw = readContent(OK_ROOT);
  raw.results = raw.results.map((f) => ({
    ...f,
    text: f.text.replace(
      '{ model: other-13b, benchmark: mmlu, score: 55.0, shots: 5 }',
      '{ model: other-13b, benchmark: mmlu, score: 55.0, shots: 5, source: { table: "Table 25" } }',
    ),
  }));
  const look = makeLookup(validateContent(raw, { chartIds: new Set(['demo-chart']), today: new Date('2026-11-30') }));
  it('names its own table, and the rows around it keep theirs', () => {
    const foreign = look.score({ paper: 'demo', table: 'table-2', model: 'other-13b', benchmark: 'mmlu' });
    expect(foreign.foreignSource).toBe(true);
    expect(look.sourceText(foreign.source)).toBe(`${look.paper('demo').shortTitle}, Table 25`);
    const own = look.score({ paper: 'demo', table: 'table-2', model: 'demo-7b', benchmark: 'mmlu' });
    expect(own.foreignSource).toBe(false);
    expect(look.sourceText(own.source)).toBe(`${look.paper('demo').shortTitle}, Table 2`);
  });
});

describe('matchingRows', () => {
  const rows = [
    { model: 'm', benchmark: 'b', shots: 5, setting: 'CoT' },
    { model: 'm', benchmark: 'b', shots: 0 },
    { model: 'm', benchmark: 'c' },
  ];
  it('matches shots given as a number or as MDX attribute text, and settings exactly', () => {
    expect(matchingRows(rows, { model: 'm', benchmark: 'b' })).toHaveLength(2);
    expect(matchingRows(rows, { model: 'm', benchmark: 'b', shots: 5 })).toEqual([rows[0]]);
    expect(matchingRows(rows, { model: 'm', benchmark: 'b', shots: '0' })).toEqual([rows[1]]);
    expect(matchingRows(rows, { model: 'm', benchmark: 'b', setting: 'cot' })).toEqual([]);
    expect(matchingRows(rows, { model: 'm', benchmark: 'c', shots: 5 })).toEqual([]);
  });
});
