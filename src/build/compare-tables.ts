// The comparison view models with the lab's tokenizers loaded here, on the build side (they are
// read from node_modules), and passed into the pure src/lib/compare/from-content.ts.
import type { SiteContent } from '../lib/content/validate.ts';
import { compareTable as compareTableWith } from '../lib/compare/from-content.ts';
import type { CompareTableView } from '../lib/compare/view.ts';
import type { EntryTopic } from '../lib/compare/fields.ts';
import { nodeTokenizers } from './tokenizers-node.ts';

export function compareTable(c: SiteContent, topic: EntryTopic): CompareTableView {
  // Loaded (once per process) only for the page that measures the Korean sample.
  return compareTableWith(c, topic, topic === 'tokenizers' ? nodeTokenizers() : []);
}
