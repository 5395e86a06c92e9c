// Turns raw content files into checked, typed site content — or one ContentError listing
// every problem with its file, field and expectation. Pure: the caller supplies file texts.
// Each concern is a small pass (validate-<topic>.ts) writing to one IssueCollector; the order
// of the passes is the order of the messages.
import { IssueCollector } from './collector.ts';
import { tokenizerSampleSchema } from './schema.ts';
import type { RawContent, SiteContent, ValidateOptions } from './types.ts';
import { checkFiles } from './validate-files.ts';
import { cataloguePass } from './validate-catalogue.ts';
import { resultsPass } from './validate-results.ts';
import { seriesPass } from './validate-series.ts';
import { docsPass } from './validate-docs.ts';
import { componentsPass } from './validate-components.ts';
import { validateReferences } from './validate-cite.ts';
import { validateCompareFiles, validateCompareUses } from './validate-compare.ts';
import { linksPass } from './validate-links.ts';
import { validateTldr } from './validate-tldr.ts';

// The types moved to types.ts; re-exported so existing imports keep working.
export type * from './types.ts';

export function validateContent(input: RawContent, options: ValidateOptions): SiteContent {
  const c = new IssueCollector(options.parseYaml);
  const today = options.today ?? new Date();
  // Files: encoding, BOM, ids colliding across case/extension.
  const raw = checkFiles(input, c.add);
  const cat = cataloguePass(c, raw, today);
  const { tables, configs } = resultsPass(c, raw.results, cat);
  const series = seriesPass(c, raw.series, cat);
  const docs = docsPass(c, raw, cat, today);
  validateTldr(docs.reviews, { papers: cat.papers, tables, configs }, c.add);
  const references = (raw.references ?? []).flatMap((f) => validateReferences(f.file, c.yaml(f), c.add));
  componentsPass(c, docs.sources, {
    conceptIds: docs.conceptIds,
    chartIds: options.chartIds,
    tables,
    configs,
    referenceKeys: new Set(references.map((r) => r.key)),
    series,
  });
  // Comparison facts and <Compare> links (validate-compare.ts).
  const compare = validateCompareFiles(raw.compare ?? [], { models: cat.modelIds, papers: cat.paperIds }, c.add);
  validateCompareUses(docs.sources, compare, c.add);
  const samples = c.list(raw.samples, tokenizerSampleSchema);
  c.uniqueIds(samples, 'tokenizer sample');
  linksPass(c, docs, cat.paperIds, options.chartIds);
  c.throwIfAny();
  return {
    papers: cat.papers,
    models: [...cat.models.values()],
    benchmarks: [...cat.benchmarks.values()],
    tables,
    configs,
    series,
    reviews: docs.reviews,
    concepts: docs.concepts,
    samples: samples.map((e) => e.value),
    compare,
    references,
  };
}
