// The comparison view models with the Korean sample's token counts, which only the build side can
// measure (the tokenizers are read from node_modules), passed into the pure
// src/lib/compare/from-content.ts.
import type { SiteContent } from '../lib/content/validate.ts';
import { compareTable as compareTableWith } from '../lib/compare/from-content.ts';
import type { CompareTableView } from '../lib/compare/view.ts';
import type { EntryTopic } from '../lib/compare/fields.ts';
import { tokenizerCounts } from './tokenizer-counts.ts';

export function compareTable(c: SiteContent, topic: EntryTopic): CompareTableView {
  if (topic !== 'tokenizers') return compareTableWith(c, topic, () => undefined);
  // the cached counts (src/build/tokenizer-counts.ts): no tokenizer is loaded when they are unchanged
  const ko = c.samples.find((s) => s.id === 'ko');
  const row = ko && tokenizerCounts(c).samples.find((s) => s.sample === ko.label);
  return compareTableWith(c, topic, (lab) => row?.counts[lab]);
}
