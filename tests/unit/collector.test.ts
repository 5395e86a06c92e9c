import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import { modelSchema } from '../../src/lib/content/schema.ts';
import { ContentError } from '../../src/lib/content/errors.ts';

describe('IssueCollector', () => {
  it('lists an issue once, however often a pass reports it, and keeps issues that differ', () => {
    const c = new IssueCollector();
    c.add('content/reviews/a.mdx', '<Score> table', 'a results table id', 12);
    c.add('content/reviews/a.mdx', '<Score> table', 'a results table id', 12);
    c.add('content/reviews/a.mdx', '<Score> table', 'a results table id', 13);
    c.add('content/reviews/a.mdx', '<Score> table', 'a results table id');
    expect(c.issues.map((i) => i.line)).toEqual([12, 13, undefined]);
    expect(() => c.throwIfAny()).toThrow(ContentError);
  });

  it('collects the ids of list entries the schema rejects, and only those', () => {
    const c = new IssueCollector();
    const broken = new Set<string>();
    const text = [
      '- { id: ok-7b, name: OK-7B, family: OK, params: 7, paper: null, kind: base }',
      '- { id: bad-7b, name: Bad-7B, family: Bad, params: seven, paper: null, kind: base }',
      '- { name: no-id }',
    ].join('\n');
    const entries = c.list([{ file: 'content/data/models.yaml', text }], modelSchema, broken);
    expect(entries.map((e) => e.value.id)).toEqual(['ok-7b']);
    expect([...broken]).toEqual(['bad-7b']);
    expect(c.issues.map((i) => i.field)).toContain('[1].params');
  });
});
