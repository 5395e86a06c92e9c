// The comparison view models for the site's validated content. The Korean sample's token counts
// need the lab's tokenizers, which only the build side can load (they are read from files): the
// caller passes the counts in (src/build/compare-tables.ts), so this module stays pure.
import type { SiteContent } from '../content/validate.ts';
import { buildCompareTable, type CompareInput, type CompareTableView, type KoreanMeasure } from './view.ts';
import type { EntryTopic } from './fields.ts';
import { memoryModels, type MemoryModel } from './memory.ts';

/** Tokens the Korean sample takes under a lab tokenizer (by its lab id), when it was measured. */
export type SampleTokens = (lab: string) => number | undefined;

export function compareInput(c: SiteContent): CompareInput {
  return {
    rows: c.compare,
    models: new Map(c.models.map((m) => [m.id, m])),
    papers: new Map(c.papers.map((p) => [p.id, p])),
  };
}

/** Tokens per character of the Korean sample ("ko" in content/data/tokenizer-samples.yaml). */
export function koreanMeasure(c: SiteContent, tokens: SampleTokens): KoreanMeasure {
  const sample = c.samples.find((s) => s.id === 'ko');
  if (!sample) return () => undefined;
  const chars = [...sample.text].length;
  return (lab) => {
    const n = tokens(lab);
    return n === undefined ? undefined : { tokens: n, chars };
  };
}

const cache = new WeakMap<SiteContent, Map<EntryTopic, CompareTableView>>();

/**
 * One view model per (content, topic), built once; `tokens` counts the tokenizers page's sample.
 * The counts are a function of the content (its sample and the lab's tokenizers), so the cache is
 * keyed by content alone and the first call's `tokens` is the one used.
 */
export function compareTable(c: SiteContent, topic: EntryTopic, tokens: SampleTokens): CompareTableView {
  let byTopic = cache.get(c);
  if (!byTopic) cache.set(c, (byTopic = new Map<EntryTopic, CompareTableView>()));
  let v = byTopic.get(topic);
  if (!v)
    byTopic.set(
      topic,
      (v = buildCompareTable(compareInput(c), topic, topic === 'tokenizers' ? koreanMeasure(c, tokens) : undefined)),
    );
  return v;
}

/** The models the memory calculator can compute, named as the site names them. */
export function memoryModelsOf(c: SiteContent): MemoryModel[] {
  return memoryModels(c.compare, new Map(c.models.map((m) => [m.id, m.name])));
}
