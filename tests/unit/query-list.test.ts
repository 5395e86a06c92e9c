// src/lib/query-list.ts: the comma lists every URL-state widget reads and writes.
import { describe, expect, it } from 'vitest';
import { queryList, queryString } from '../../src/lib/query-list.ts';

describe('queryList', () => {
  const allowed = (s: string) => ['a', 'b', 'c'].includes(s);
  it('keeps allowed values once, in the order given, blanks and spaces dropped', () => {
    expect(queryList(new URLSearchParams('?x=c, a,,b,a'), 'x', allowed)).toEqual(['c', 'a', 'b']);
  });
  it('drops what is not allowed and reads an absent key as an empty list', () => {
    expect(queryList(new URLSearchParams('?x=a,<script>,z'), 'x', allowed)).toEqual(['a']);
    expect(queryList(new URLSearchParams(''), 'x', allowed)).toEqual([]);
  });
  it('reads encoded commas as commas', () => {
    expect(queryList(new URLSearchParams('?x=a%2Cb'), 'x', allowed)).toEqual(['a', 'b']);
  });
});

describe('queryString', () => {
  it('writes readable commas and nothing for an empty query', () => {
    const q = new URLSearchParams();
    expect(queryString(q)).toBe('');
    q.set('x', 'a,b');
    q.set('y', '한 글');
    expect(queryString(q)).toBe('?x=a,b&y=%ED%95%9C+%EA%B8%80');
  });
});
