// src/lib/table-state.ts: a comparison table's filters and sort order in the query string.
import { describe, expect, it } from 'vitest';
import { parseTableState, rowCount, tableStateQuery, type TableUrlState } from '../../src/lib/table-state.ts';

const CHOICES = {
  papers: ['qwen', 'llama-2', 'deepseek-llm'],
  sizes: ['le3b', '3-15b', 'gt15b'],
  groups: ['reported', 'derived'],
  cols: ['model', 'vocab', 'context'],
};
const NONE: TableUrlState = { hidden: { paper: [], size: [], group: [] }, sort: null };

describe('comparison table URL state', () => {
  it('reads hidden papers, sizes and column groups, and the sort column with its direction', () => {
    expect(parseTableState('?hide-paper=qwen,llama-2&hide-size=gt15b&hide-cols=derived&sort=-vocab', CHOICES)).toEqual({
      hidden: { paper: ['qwen', 'llama-2'], size: ['gt15b'], group: ['derived'] },
      sort: { col: 'vocab', dir: 'descending' },
    });
    expect(parseTableState('?sort=model', CHOICES).sort).toEqual({ col: 'model', dir: 'ascending' });
  });

  it('drops unknown papers, sizes, groups and columns: a link cannot inject or break anything', () => {
    expect(parseTableState('?hide-paper=gpt-4,qwen&hide-size=x&hide-cols=all&sort=-<b>', CHOICES)).toEqual({
      hidden: { paper: ['qwen'], size: [], group: [] },
      sort: null,
    });
    expect(parseTableState('?sort=-', CHOICES).sort).toBeNull();
    expect(parseTableState('', CHOICES)).toEqual(NONE);
  });

  it('writes nothing for the table as built, and only what differs otherwise', () => {
    expect(tableStateQuery(NONE)).toBe('');
    expect(tableStateQuery({ ...NONE, sort: { col: 'context', dir: 'ascending' } })).toBe('?sort=context');
    expect(
      tableStateQuery({
        hidden: { paper: ['qwen', 'llama-2'], size: ['le3b'], group: ['reported'] },
        sort: { col: 'vocab', dir: 'descending' },
      }),
    ).toBe('?hide-paper=qwen,llama-2&hide-size=le3b&hide-cols=reported&sort=-vocab');
  });

  it('reads back what it writes', () => {
    const state: TableUrlState = {
      hidden: { paper: ['deepseek-llm'], size: ['3-15b', 'gt15b'], group: [] },
      sort: { col: 'model', dir: 'descending' },
    };
    expect(parseTableState(tableStateQuery(state), CHOICES)).toEqual(state);
  });
});

describe('the caption’s row count', () => {
  it('says how many rows the filters leave of all of them', () => {
    expect(rowCount(12, 12)).toBe('12개 행');
    expect(rowCount(5, 12)).toBe('12개 중 5개 행');
    expect(rowCount(0, 12)).toBe('12개 중 0개 행');
  });
});
