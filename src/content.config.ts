// Astro collections for what Astro itself renders: the MDX reviews and concepts. Everything
// else (papers, models, benchmarks, results, series, …) is read and checked once by the
// project's own loader and validator (src/build/site-content.ts → src/lib/content/validate.ts),
// which every page, widget and test uses. The schemas live in src/lib/content/schema.ts, so
// both ways of reading a review or concept apply the very same definitions.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { conceptSchema, reviewSchema } from './lib/content/schema';

const reviews = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/reviews' }),
  schema: reviewSchema,
});
const concepts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/concepts' }),
  schema: conceptSchema,
});

export const collections = { reviews, concepts };
