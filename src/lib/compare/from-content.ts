// The comparison view models for the site's validated content. The Korean sample's token counts
// need the lab's tokenizers, which only the build side can load (they are read from files): the
// caller passes them in (src/build/compare-tables.ts), so this module stays pure.
import type { SiteContent } from '../content/validate.ts';
import type { LabTokenizer } from '../tokenizers.ts';
import { buildCompareTable, type CompareInput, type CompareTableView, type KoreanMeasure } from './view.ts';
import type { EntryTopic } from './fields.ts';

/** What the comparison needs of a tokenizer: its lab id and its encoder. */
export type SampleEncoder = Pick<LabTokenizer, 'id' | 'encode'>;

export function compareInput(c: SiteContent): CompareInput {
  return {
    rows: c.compare,
    models: new Map(c.models.map((m) => [m.id, m])),
    papers: new Map(c.papers.map((p) => [p.id, p])),
  };
}

/** Tokens per character of the Korean sample ("ko" in content/data/tokenizer-samples.yaml). */
export function koreanMeasure(c: SiteContent, tokenizers: readonly SampleEncoder[]): KoreanMeasure {
  const sample = c.samples.find((s) => s.id === 'ko');
  return (lab) => {
    if (!sample) return undefined;
    const tok = tokenizers.find((t) => t.id === lab);
    return tok ? { tokens: tok.encode(sample.text).length, chars: [...sample.text].length } : undefined;
  };
}

const cache = new WeakMap<SiteContent, Map<EntryTopic, CompareTableView>>();

/** One view model per (content, topic), built once; `tokenizers` measure the tokenizers page's sample. */
export function compareTable(
  c: SiteContent,
  topic: EntryTopic,
  tokenizers: readonly SampleEncoder[],
): CompareTableView {
  let byTopic = cache.get(c);
  if (!byTopic) cache.set(c, (byTopic = new Map<EntryTopic, CompareTableView>()));
  let v = byTopic.get(topic);
  if (!v)
    byTopic.set(
      topic,
      (v = buildCompareTable(
        compareInput(c),
        topic,
        topic === 'tokenizers' ? koreanMeasure(c, tokenizers) : undefined,
      )),
    );
  return v;
}
