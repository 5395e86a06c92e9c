// src/lib/compare/memory-state.ts: the memory calculator's inputs in the query string.
import { describe, expect, it } from 'vitest';
import {
  defaultMemoryModels,
  MEMORY_DEFAULT_INPUTS,
  memoryRowLink,
  memoryStateQuery,
  parseMemoryState,
  type MemoryUrlState,
} from '../../src/lib/compare/memory-state.ts';

const CHOICES = {
  models: ['deepseek-llm-7b', 'llama-2-7b', 'llama-2-70b'],
  precisions: ['fp32', 'bf16', 'fp8', 'int4'],
  context: { min: 1, max: 1_048_576 },
  batch: { min: 1, max: 4096 },
};
const DEFAULTS: MemoryUrlState = {
  models: ['deepseek-llm-7b', 'llama-2-7b'],
  context: 4096,
  batch: 1,
  precision: 'bf16',
};

describe('memory calculator URL state', () => {
  it('reads models (in the form’s order), context, batch and precision', () => {
    expect(
      parseMemoryState('?models=llama-2-70b,deepseek-llm-7b&context=32768&batch=8&precision=fp8', CHOICES, DEFAULTS),
    ).toEqual({
      models: ['deepseek-llm-7b', 'llama-2-70b'],
      context: 32768,
      batch: 8,
      precision: 'fp8',
    });
  });

  it('keeps the defaults for what the link leaves out, and an empty model list as a choice', () => {
    expect(parseMemoryState('', CHOICES, DEFAULTS)).toEqual(DEFAULTS);
    expect(parseMemoryState('?models=', CHOICES, DEFAULTS).models).toEqual([]);
  });

  it('falls back to the default for unknown or out-of-range values', () => {
    expect(parseMemoryState('?models=gpt-4&context=0&batch=4097&precision=fp4', CHOICES, DEFAULTS)).toEqual({
      ...DEFAULTS,
      models: [],
    });
    for (const bad of ['1e3', '-5', '12.5', '9007199254740993', ' ', 'abc', '2000000'])
      expect(parseMemoryState(`?context=${encodeURIComponent(bad)}`, CHOICES, DEFAULTS).context).toBe(4096);
  });

  it('writes only what differs from the defaults, and reads back what it writes', () => {
    expect(memoryStateQuery(DEFAULTS, DEFAULTS)).toBe('');
    // the same models in another order are the defaults
    expect(memoryStateQuery({ ...DEFAULTS, models: ['llama-2-7b', 'deepseek-llm-7b'] }, DEFAULTS)).toBe('');
    const state = { models: ['llama-2-70b'], context: 131072, batch: 4, precision: 'int4' };
    const query = memoryStateQuery(state, DEFAULTS);
    expect(query).toBe('?models=llama-2-70b&context=131072&batch=4&precision=int4');
    expect(parseMemoryState(query, CHOICES, DEFAULTS)).toEqual(state);
    expect(memoryStateQuery({ ...DEFAULTS, models: [] }, DEFAULTS)).toBe('?models=');
  });
});

describe('links into the calculator', () => {
  const IDS = ['deepseek-llm-7b', 'deepseek-llm-67b', 'llama-2-7b', 'llama-2-13b', 'llama-2-70b'];
  it('opens with the preferred four models when it has them, else with its first four', () => {
    expect(defaultMemoryModels(IDS)).toEqual(['deepseek-llm-7b', 'deepseek-llm-67b', 'llama-2-7b', 'llama-2-70b']);
    expect(defaultMemoryModels(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('links a default model’s row as the page opens, and adds any other model to the defaults', () => {
    expect(memoryRowLink('llama-2-70b', IDS)).toBe('/compare/memory/#row-llama-2-70b');
    const link = memoryRowLink('llama-2-13b', IDS);
    expect(link).toBe(
      '/compare/memory/?models=deepseek-llm-7b,deepseek-llm-67b,llama-2-7b,llama-2-13b,llama-2-70b#row-llama-2-13b',
    );
    // the page reads that link as the defaults plus the linked model, everything else as it opens
    const defaults = { ...MEMORY_DEFAULT_INPUTS, models: defaultMemoryModels(IDS) };
    const choices = { ...CHOICES, models: IDS };
    expect(parseMemoryState(link.slice(link.indexOf('?'), link.indexOf('#')), choices, defaults)).toEqual({
      ...defaults,
      models: IDS,
    });
  });
});
