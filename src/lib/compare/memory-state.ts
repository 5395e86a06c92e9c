// The memory calculator's inputs in the query string (?models=llama-2-70b&context=32768&batch=8&precision=fp8),
// so a link reproduces a calculation. Values equal to the page's defaults are left out; a value
// that is unknown or out of range falls back to the default, so a link never shows an error.
import { queryList, queryString } from '../query-list.ts';

export interface MemoryUrlState {
  models: string[];
  context: number;
  batch: number;
  precision: string;
}

export interface MemoryChoices {
  /** model ids in the form's order */
  models: readonly string[];
  precisions: readonly string[];
  context: { min: number; max: number };
  batch: { min: number; max: number };
}

function whole(raw: string | null, range: { min: number; max: number }, fallback: number): number {
  const n = raw === null || !/^\d+$/.test(raw.trim()) ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n >= range.min && n <= range.max ? n : fallback;
}

export function parseMemoryState(search: string, choices: MemoryChoices, defaults: MemoryUrlState): MemoryUrlState {
  const q = new URLSearchParams(search);
  const picked = new Set(queryList(q, 'models', (s) => choices.models.includes(s)));
  const precision = q.get('precision') ?? '';
  return {
    // present but empty is a choice (no model); absent keeps the defaults
    models: q.has('models') ? choices.models.filter((m) => picked.has(m)) : defaults.models,
    context: whole(q.get('context'), choices.context, defaults.context),
    batch: whole(q.get('batch'), choices.batch, defaults.batch),
    precision: choices.precisions.includes(precision) ? precision : defaults.precision,
  };
}

export function memoryStateQuery(state: MemoryUrlState, defaults: MemoryUrlState): string {
  const q = new URLSearchParams();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!same(state.models, defaults.models)) q.set('models', state.models.join(','));
  if (state.context !== defaults.context) q.set('context', String(state.context));
  if (state.batch !== defaults.batch) q.set('batch', String(state.batch));
  if (state.precision !== defaults.precision) q.set('precision', state.precision);
  return queryString(q);
}

/** The calculator's inputs as the page opens, and the models it opens with when they have rows. */
export const MEMORY_DEFAULT_INPUTS = { context: 4096, batch: 1, precision: 'bf16' } as const;
const PREFERRED_MODELS = ['llama-2-70b', 'deepseek-llm-67b', 'llama-2-7b', 'deepseek-llm-7b'];

/** The models checked when the page opens (the calculator's `ids` in its order): the preferred four, else its first four. */
export function defaultMemoryModels(ids: readonly string[]): string[] {
  const preferred = ids.filter((id) => PREFERRED_MODELS.includes(id));
  return preferred.length ? preferred : ids.slice(0, 4);
}

/**
 * The calculator's address at `model`'s row (relative to the site root): the page as it opens when
 * that row is among the defaults, else the defaults with `model` added, so a review's link always
 * lands on a row that is there.
 */
export function memoryRowLink(model: string, ids: readonly string[]): string {
  const defaults = defaultMemoryModels(ids);
  const base = { ...MEMORY_DEFAULT_INPUTS, models: defaults };
  const query = defaults.includes(model)
    ? ''
    : memoryStateQuery({ ...base, models: ids.filter((id) => id === model || defaults.includes(id)) }, base);
  return `/compare/memory/${query}#row-${model}`;
}
