// src/lib/chart-state.ts: a chart's view and hidden series in the query string, so a link shows
// what the reader saw.
import { describe, expect, it } from 'vitest';
import { CHART_STATE_KEY, chartStateQuery, parseChartState } from '../../src/lib/chart-state.ts';

const allowed = { views: ['all', 'cjk'], series: ['a', 'b'] };

describe('reading chart state from a link', () => {
  it('lists a hidden series once, trimmed, in the order the link gives', () => {
    expect(parseChartState('?hide=b, a,b', allowed)).toEqual({ view: 'all', hidden: ['b', 'a'] });
  });

  it('falls back to the first view when the link names none, and to "" when the chart has no views', () => {
    expect(parseChartState('', allowed).view).toBe('all');
    expect(parseChartState('?view=cjk', { views: [], series: [] })).toEqual({ view: '', hidden: [] });
  });
});

describe('writing chart state into a link', () => {
  it('writes hidden series without the view when the view is the default', () => {
    expect(chartStateQuery({ view: 'all', hidden: ['a'] }, 'all')).toBe('?hide=a');
  });

  it('reads back exactly the state it wrote', () => {
    const state = { view: 'cjk', hidden: ['b', 'a'] };
    expect(parseChartState(chartStateQuery(state, 'all'), allowed)).toEqual(state);
  });
});

describe('the saved chart state', () => {
  it('keeps the key a reader’s browser already holds: one per chart id', () => {
    expect(CHART_STATE_KEY('llama2-pretrain-categories')).toBe('prn:chart-state:llama2-pretrain-categories');
  });
});

describe('chart URL state', () => {
  const allowed = { views: ['all', 'cjk'], series: ['a', 'b'] };
  it('reads known values and drops unknown ones', () => {
    expect(parseChartState('?view=cjk&hide=a,zzz,<b>', allowed)).toEqual({ view: 'cjk', hidden: ['a'] });
    expect(parseChartState('?view=<script>', allowed)).toEqual({ view: 'all', hidden: [] });
  });
  it('writes only non-default state', () => {
    expect(chartStateQuery({ view: 'all', hidden: [] }, 'all')).toBe('');
    // commas stay readable in the link; links written with %2C (before) read the same
    expect(chartStateQuery({ view: 'cjk', hidden: ['a', 'b'] }, 'all')).toBe('?view=cjk&hide=a,b');
    expect(parseChartState('?view=cjk&hide=a%2Cb', { views: ['all', 'cjk'], series: ['a', 'b'] }).hidden).toEqual([
      'a',
      'b',
    ]);
  });
});
