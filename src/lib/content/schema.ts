// The one place where the shape of every piece of content is defined.
// `src/content.config.ts` wires these into Astro collections; the validator in
// `validate.ts` uses the same schemas so that Vitest can prove the error messages
// without starting Astro.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'a lowercase id such as "qwen-14b" (a–z, 0–9, "-", ".")');

const isoDate = z.coerce
  .date({ error: 'a date such as 2023-09-28' })
  .refine((d) => !Number.isNaN(d.getTime()), 'a date such as 2023-09-28');

/** How a number came to be: printed in a table, computed from printed numbers, or measured off a figure. */
export const provenanceKind = z.enum(['reported', 'derived', 'figure-readoff']);

export const paperSchema = z.strictObject({
  id,
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id such as 2309.16609'),
  version: z.string().regex(/^v\d+$/, 'an arXiv version such as v1'),
  date: isoDate,
  organisation: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  license: z.string().min(1),
  links: z.array(z.strictObject({ label: z.string().min(1), url: z.url() })).default([]),
});

export const modelSchema = z.strictObject({
  id,
  name: z.string().min(1),
  family: z.string().min(1),
  /** Parameters in billions; null where no paper states it (closed models). */
  params: z.number().positive().nullable(),
  /** The paper on this site that introduced the model, if any. */
  paper: id.nullable().default(null),
  kind: z.enum(['base', 'chat', 'code', 'math', 'reward', 'other']).default('base'),
});

export const benchmarkSchema = z.strictObject({
  id,
  name: z.string().min(1),
  category: z.enum([
    'knowledge',
    'reasoning',
    'math',
    'code',
    'chinese',
    'commonsense',
    'reading',
    'language-modeling',
    'alignment',
    'safety',
    'tool-use',
    'other',
  ]),
  metric: z.string().min(1),
  range: z.tuple([z.number(), z.number()]),
  higherIsBetter: z.boolean(),
  shots: z.number().int().nonnegative().nullable().default(null),
});

const sourceOverride = z.strictObject({
  table: z.string().min(1),
  version: z.string().min(1).optional(),
});

const resultRow = z.strictObject({
  model: id,
  benchmark: id,
  score: z.number(),
  shots: z.number().int().nonnegative().optional(),
  setting: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  verified: z.boolean().optional(),
  kind: provenanceKind.optional(),
  /** Printed decimals of this cell when its table mixes precisions (YAML drops "58.0" to 58). */
  decimals: z.number().int().min(0).max(4).optional(),
  /** A cell that the paper prints in a different table than the group it sits in. */
  source: sourceOverride.optional(),
});

/** What every table of a results file carries: where it is in the paper and how far to trust it. */
const tableMeta = {
  /** Slug of the label: "Table 2" → "table-2", "Figure 3" → "figure-3", README → "readme". */
  id,
  label: z.string().min(1),
  title: z.string().min(1),
  version: z.string().min(1),
  kind: provenanceKind.default('reported'),
  verified: z.boolean().default(true),
  note: z.string().min(1).optional(),
};

export const resultTableSchema = z.strictObject({
  ...tableMeta,
  /** Decimals the paper prints (YAML reads 25.10 as 25.1); omitted = as written. */
  decimals: z.number().int().min(0).max(4).optional(),
  rows: z.array(resultRow).min(1),
});

const cellValue = z.union([z.number(), z.string(), z.null()]);

export const configTableSchema = z.strictObject({
  ...tableMeta,
  columns: z
    .array(
      z.strictObject({
        key: z.string().min(1),
        label: z.string().min(1),
        unit: z.string().optional(),
      }),
    )
    .min(1),
  rows: z
    .array(
      z
        .strictObject({
          model: id.optional(),
          label: z.string().min(1).optional(),
          values: z.record(z.string(), cellValue),
          note: z.string().min(1).optional(),
          verified: z.boolean().optional(),
          kind: provenanceKind.optional(),
        })
        .refine((r) => r.model !== undefined || r.label !== undefined, {
          message: 'either "model" (a model id) or "label" (text)',
        }),
    )
    .min(1),
});

export const resultsFileSchema = z.strictObject({
  paper: id,
  tables: z.array(resultTableSchema).default([]),
  configs: z.array(configTableSchema).default([]),
});

const point = z.tuple([z.union([z.number(), z.string()]), z.number()]);

export const seriesSchema = z.strictObject({
  id,
  title: z.string().min(1),
  paper: id,
  source: z.strictObject({ table: z.string().min(1), version: z.string().min(1) }),
  kind: provenanceKind.default('reported'),
  verified: z.boolean().default(true),
  note: z.string().min(1).optional(),
  x: z.strictObject({ label: z.string().min(1), unit: z.string().default('') }),
  y: z.strictObject({ label: z.string().min(1), unit: z.string().default('') }),
  lines: z
    .array(
      z.strictObject({
        id,
        label: z.string().min(1),
        model: id.optional(),
        note: z.string().min(1).optional(),
        source: sourceOverride.optional(),
        points: z.array(point).min(1),
      }),
    )
    .min(1),
});

export const tokenizerSampleSchema = z.strictObject({
  id,
  label: z.string().min(1),
  text: z.string().min(20),
});

// --- editorial (#17): the TL;DR card at the top of a review ----------------------------------
// Three numbers from this review's paper (keys as <Score>/<ConfigValue> minus "paper"), three
// plain sentences, and 2–5 jump links to the review's own headings. validate-tldr.ts checks
// that each number resolves and each link names a heading; the card renders them.
const tldrScoreRef = z.strictObject({
  table: z.string().min(1),
  model: id,
  benchmark: id,
  shots: z.number().int().nonnegative().optional(),
  setting: z.string().min(1).optional(),
});
const tldrConfigRef = z.strictObject({ table: z.string().min(1), row: z.string().min(1), col: z.string().min(1) });
const tldrNumber = z
  .strictObject({ label: z.string().min(1), score: tldrScoreRef.optional(), config: tldrConfigRef.optional() })
  .refine((n) => (n.score === undefined) !== (n.config === undefined), {
    message: 'exactly one of "score" ({ table, model, benchmark, shots?, setting? }) or "config" ({ table, row, col })',
  });
const plainSentence = z
  .string()
  .min(10)
  .refine((s) => !/[<>`*$[\]]/.test(s), 'plain text without markup (no <, >, `, *, $, [ or ])')
  .refine((s) => /(니다|니까)[.?!]?$/.test(s.trim()), 'a sentence in 합니다체 (ending in "…니다.")');
export const tldrSchema = z.strictObject({
  numbers: z.array(tldrNumber).length(3, 'exactly 3 numbers'),
  takeaways: z.array(plainSentence).length(3, 'exactly 3 takeaways'),
  links: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        href: z.string().regex(/^#[^\s#]+$/, 'an anchor such as "#heading-id"'),
      }),
    )
    .min(2, '2 to 5 links')
    .max(5, '2 to 5 links'),
});
export type Tldr = z.infer<typeof tldrSchema>;
/** content/prose-number-allow.yaml: prose numbers the check may skip, each with its reason. */
export const proseNumberAllowSchema = z.array(
  z.strictObject({
    file: z.string().regex(/^content\/reviews\/[a-z0-9-]+\.mdx$/, 'a review file such as "content/reviews/qwen.mdx"'),
    /** The number exactly as written in the prose, e.g. "2048" or "1,418,091". */
    number: z.string().regex(/^[\d.,eE+-]+$/, 'the number as written in the prose, e.g. "2048"'),
    reason: z.string().min(15, 'a reason (why this number is not a data value, at least 15 characters)'),
  }),
);
export type ProseNumberAllow = z.infer<typeof proseNumberAllowSchema>[number];
export type TldrNumber = z.infer<typeof tldrNumber>;
// --- end editorial ----------------------------------------------------------------------------

export const reviewSchema = z.strictObject({
  title: z.string().min(1),
  paper: id,
  summary: z.string().min(10).max(400),
  tags: z.array(z.string().min(1)).min(1),
  reviewedAt: isoDate,
  updatedAt: isoDate.optional(),
  questions: z.array(z.strictObject({ id, title: z.string().min(1) })).min(1),
  draft: z.boolean().default(false),
  // --- reading (#16): the review appendix ---------------------------------------------------
  /** The Korean review whose question set this note follows (credited in the appendix). */
  origin: z.strictObject({ author: z.string().min(1), url: z.url(), postedAt: isoDate }).optional(),
  /** "바로잡기": misreadings this note corrects, each with what the paper says and where. */
  corrections: z
    .array(
      z.strictObject({
        claim: z.string().min(1),
        paper: z.string().min(1),
        where: z.string().min(1),
      }),
    )
    .default([]),
  // --- editorial (#17): TL;DR card (optional until all four reviews have one) ---
  tldr: tldrSchema.optional(),
});

// --- search names (issue #15) -------------------------------------------------------------
// Every name a reader may type for one thing. Search expands a query written with any of them
// to the others (Korean ↔ English), so adding a name is a content edit, not a code change.
const nameList = z.array(z.string().min(1)).default([]);
export const searchNamesSchema = z.strictObject({
  ko: nameList,
  en: nameList,
  abbr: nameList,
  spellings: nameList,
  translit: nameList,
});

/** content/data/model-families.yaml: the names of a model family, for search and answer cards. */
export const modelFamilySchema = z.strictObject({
  id,
  /** Values of `family` in models.yaml that belong to this family. */
  families: z.array(z.string().min(1)).min(1),
  names: z.array(z.string().min(1)).min(1),
});

/** content/data/search-terms.yaml: general terms that are not glossary concepts (긴 컨텍스트 ↔ long context). */
export const searchTermSchema = z.strictObject({
  id,
  names: z.array(z.string().min(1)).min(2),
});

export type SearchNames = z.infer<typeof searchNamesSchema>;
export type ModelFamily = z.infer<typeof modelFamilySchema>;
export type SearchTerm = z.infer<typeof searchTermSchema>;
// --- end search names ------------------------------------------------------------------------

export const conceptSchema = z.strictObject({
  title: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Search names by kind (issue #15); `aliases` stay as they are. */
  names: searchNamesSchema.optional(),
  related: z.array(id).default([]),
  summary: z.string().min(10).max(300),
});

// --- comparison facts (content/data/compare/<paper>.yaml) -------------------------------
// One cell of a comparison page: a bare value (sourced by its entry) or a value with its own
// source, origin (the paper, the authors' released config or README), unit and flags.
const compareScalar = z.union([z.number(), z.string().min(1), z.boolean()]);
export const compareCellSchema = z.union([
  compareScalar,
  z.strictObject({
    value: compareScalar,
    /** Table, figure or section of the paper ("Table 2", "§3.2.3"), or the released file. */
    source: z.string().min(1).optional(),
    /** Where the value was read: the paper (default), the authors' released config, their README. */
    origin: z.enum(['paper', 'config', 'readme']).optional(),
    /** false = the fact sheets could not confirm it: shown as 미검증 with its source. */
    verified: z.boolean().optional(),
    /** The unit the value is written in, when it differs from the column's unit. */
    unit: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  }),
]);

export const compareEntrySchema = z.strictObject({
  /** The comparison page: architecture | training | alignment | long-context | tokenizers. */
  topic: z.string().min(1),
  model: id,
  /** Display name when the row stands for more than the model (e.g. a tokenizer family). */
  label: z.string().min(1).optional(),
  /** Default source of the cells below (table/figure/section of this paper). */
  source: z.string().min(1),
  origin: z.enum(['paper', 'config', 'readme']).default('paper'),
  values: z.record(z.string(), compareCellSchema),
});

export const compareFileSchema = z.strictObject({
  paper: id,
  entries: z.array(compareEntrySchema).min(1),
});

export type CompareCell = z.infer<typeof compareCellSchema>;
export type CompareEntry = z.infer<typeof compareEntrySchema>;
export type CompareFile = z.infer<typeof compareFileSchema>;
// --- reading (#16): the bibliography the reviews cite with <Cite key="…"> -------------------
export const referenceSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase key such as "kaplan2020" (a–z, 0–9, "-")'),
    authors: z.array(z.string().min(1)).min(1),
    title: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    /** How the citing paper labels it when it differs from "year" ("2023b"). */
    label: z.string().min(1).optional(),
    venue: z.string().min(1).optional(),
    arxiv: z
      .string()
      .regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id such as 2309.16609')
      .optional(),
    url: z.url().optional(),
  })
  .refine((r) => r.arxiv !== undefined || r.url !== undefined, { message: 'an "arxiv" id or a "url"' });
export type Reference = z.infer<typeof referenceSchema>;

export type Paper = z.infer<typeof paperSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type ResultTable = z.infer<typeof resultTableSchema>;
export type ConfigTable = z.infer<typeof configTableSchema>;
export type ResultsFile = z.infer<typeof resultsFileSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type ReviewFrontmatter = z.infer<typeof reviewSchema>;
export type ConceptFrontmatter = z.infer<typeof conceptSchema>;
export type TokenizerSample = z.infer<typeof tokenizerSampleSchema>;
export type ProvenanceKind = z.infer<typeof provenanceKind>;

// ---- Site-wide notation (content/notation.yaml, rendered at /notation/) -------------------
const notationSymbol = z.strictObject({
  /** KaTeX source of the site's symbol, e.g. "d_{\\text{model}}". */
  tex: z.string().min(1),
  name: z.string().min(1),
  meaning: z.string().min(1),
  /** The key in a Hugging Face config.json, where one exists. */
  config: z.string().min(1).optional(),
  /** Where a paper writes the same quantity with another symbol: named once here. */
  paperSymbols: z
    .array(z.strictObject({ paper: id, tex: z.string().min(1), note: z.string().min(1).optional() }))
    .default([]),
});

export const notationSchema = z.strictObject({
  intro: z.string().min(1),
  groups: z.array(z.strictObject({ id, title: z.string().min(1), symbols: z.array(notationSymbol).min(1) })).min(1),
});

export type Notation = z.infer<typeof notationSchema>;
export type NotationSymbol = z.infer<typeof notationSymbol>;
