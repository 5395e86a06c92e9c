// Astro collections over the top-level content/ folder. The schemas themselves live in
// src/lib/content/schema.ts so that the validator (and its Vitest tests) use the very same
// definitions; cross-collection checks (references, ranges, duplicates, MDX component ids)
// run in src/lib/content/validate.ts before the build starts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  benchmarkSchema,
  conceptSchema,
  modelSchema,
  paperSchema,
  resultsFileSchema,
  reviewSchema,
  seriesSchema,
} from './lib/content/schema';

const reviews = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/reviews' }),
  schema: reviewSchema,
});
const concepts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/concepts' }),
  schema: conceptSchema,
});
const papers = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/papers' }),
  schema: paperSchema,
});
const models = defineCollection({ loader: file('./content/data/models.yaml'), schema: modelSchema });
const benchmarks = defineCollection({ loader: file('./content/data/benchmarks.yaml'), schema: benchmarkSchema });
const results = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/data/results' }),
  schema: resultsFileSchema,
});
const series = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/data/series' }),
  schema: seriesSchema,
});

export const collections = { reviews, concepts, papers, models, benchmarks, results, series };
