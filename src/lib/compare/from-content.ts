// The comparison view models for the site's validated content, with the Korean sample
// measured by the lab's tokenizers at build time (Node only: it loads the tokenizer files).
import type { SiteContent } from '../content/validate.ts';
import { nodeTokenizers } from '../../build/tokenizers-node.ts';
import { buildCompareTable, type CompareInput, type CompareTableView, type KoreanMeasure } from './view.ts';
import type { EntryTopic } from './fields.ts';

export function compareInput(c: SiteContent): CompareInput {
  return {
    rows: c.compare,
    models: new Map(c.models.map((m) => [m.id, m])),
    papers: new Map(c.papers.map((p) => [p.id, p])),
  };
}

/** Tokens per character of the Korean sample ("ko" in content/data/tokenizer-samples.yaml). */
export function koreanMeasure(c: SiteContent): KoreanMeasure {
  const sample = c.samples.find((s) => s.id === 'ko');
  return (lab) => {
    if (!sample) return undefined;
    const tok = nodeTokenizers().find((t) => t.id === lab);
    return tok ? { tokens: tok.encode(sample.text).length, chars: [...sample.text].length } : undefined;
  };
}

const cache = new WeakMap<SiteContent, Map<EntryTopic, CompareTableView>>();

export function compareTable(c: SiteContent, topic: EntryTopic): CompareTableView {
  let byTopic = cache.get(c);
  if (!byTopic) cache.set(c, (byTopic = new Map<EntryTopic, CompareTableView>()));
  let v = byTopic.get(topic);
  if (!v)
    byTopic.set(
      topic,
      (v = buildCompareTable(compareInput(c), topic, topic === 'tokenizers' ? koreanMeasure(c) : undefined)),
    );
  return v;
}
