// Comparison facts (content/data/compare/<paper>.yaml) and the <Compare topic model> links in
// MDX: parsed, checked against the field list of src/lib/compare/fields.ts, units converted
// or refused. Kept apart from validate.ts, which calls it once, so the MDX parser behind
// `scanComponents` can change without touching this file.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { compareFileSchema, type CompareCell } from './schema.ts';
import { scanComponents } from './mdx-scan.ts';
import { ENTRY_TOPICS, LAB_TOKENIZERS, TOPICS, TOPIC_IDS, isEntryTopic, type EntryTopic } from '../compare/fields.ts';
import { convertQuantity } from '../compare/units.ts';
import { memoryModels } from '../compare/memory.ts';

export type Origin = 'paper' | 'config' | 'readme';

export interface CompareValue {
  value: number | string | boolean;
  /** Table/figure/section of the paper, or the released file. */
  source: string;
  origin: Origin;
  verified: boolean;
  /** How a value written in another unit became the column's unit. */
  conversion?: string;
  note?: string;
}

export interface CompareRow {
  paper: string;
  topic: EntryTopic;
  model: string;
  label?: string;
  /** Where the row sits in its file (for messages). */
  file: string;
  cells: Record<string, CompareValue>;
}

import type { Add } from './collector.ts';

interface RawFile {
  file: string;
  text: string;
}

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

function typeOf(v: number | string | boolean): 'number' | 'text' | 'bool' {
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'text';
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The file's YAML checked by the schema, or undefined after reporting why not. */
function parseCompareFile(f: RawFile, add: Add): z.infer<typeof compareFileSchema> | undefined {
  let doc: unknown;
  try {
    doc = parseYaml(f.text, { merge: true }); // "<<: *anchor" shares cells between sizes
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    add(f.file, '(YAML)', `valid YAML (${messageOf(e).split('\n')[0]})`, line);
    return undefined;
  }
  const parsed = compareFileSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues)
    add(
      f.file,
      i.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '') || '(file)',
      i.message,
    );
  return undefined;
}

type Entry = z.infer<typeof compareFileSchema>['entries'][number];
const norm = (c: CompareCell) => (typeof c === 'object' ? c : { value: c });

/** One cell checked against its topic's field (type, tokenizer, unit converted to the column's), or undefined. */
function compareCell(
  report: (field: string, expected: string) => void,
  e: Entry & { topic: EntryTopic },
  k: string,
  raw: CompareCell,
  fat: string,
): CompareValue | undefined {
  const spec = TOPICS[e.topic];
  const field = spec.fields.find((x) => x.key === k);
  if (!field) return void report(fat, `a field of the ${e.topic} page (${spec.fields.map((x) => x.key).join(', ')})`);
  const c = norm(raw);
  if (typeOf(c.value) !== field.type)
    return void report(
      fat,
      `a ${field.type === 'bool' ? 'true/false' : field.type} value, got ${JSON.stringify(c.value)}`,
    );
  if (k === 'lab' && !LAB_TOKENIZERS.some((t) => t === String(c.value)))
    report(fat, `a tokenizer the lab runs (${LAB_TOKENIZERS.join(', ')}), got "${String(c.value)}"`);
  let value = c.value;
  let conversion: string | undefined;
  if (c.unit !== undefined && c.unit !== field.unit) {
    if (field.unit === undefined || typeof c.value !== 'number')
      return void report(`${fat}.unit`, `no unit: the ${e.topic} column "${field.label}" has none, got "${c.unit}"`);
    // The sequence length a batch in sequences converts with: this entry's context.
    const ctx = e.values.context !== undefined ? norm(e.values.context).value : undefined;
    try {
      const r = convertQuantity(
        { value: c.value, unit: c.unit },
        field.unit,
        typeof ctx === 'number' ? ctx : undefined,
      );
      value = r.value;
      conversion = r.conversion;
    } catch (err) {
      return void report(`${fat}.unit`, messageOf(err));
    }
  }
  return {
    value,
    source: c.source ?? e.source,
    origin: c.origin ?? e.origin,
    verified: c.verified ?? true,
    ...(conversion ? { conversion } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
}

export function validateCompareFiles(
  files: readonly RawFile[],
  known: { models: ReadonlySet<string>; papers: ReadonlySet<string> },
  add: Add,
): CompareRow[] {
  const rows: CompareRow[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const file = parseCompareFile(f, add);
    if (!file) continue;
    const report = (field: string, expected: string) => add(f.file, field, expected);
    if (file.paper !== baseName(f.file)) report('paper', `the file name ("${baseName(f.file)}"), got "${file.paper}"`);
    if (!known.papers.has(file.paper))
      report('paper', `a known paper id (${[...known.papers].join(', ')}), got "${file.paper}"`);
    file.entries.forEach((e, ei) => {
      const at = `entries[${ei}]`;
      const topic = e.topic;
      if (!isEntryTopic(topic)) return report(`${at}.topic`, `one of ${ENTRY_TOPICS.join(', ')}, got "${e.topic}"`);
      if (!known.models.has(e.model))
        report(`${at}.model`, `a model id from content/data/models.yaml, got "${e.model}"`);
      const key = `${topic}|${e.model}`;
      const prev = seen.get(key);
      if (prev) report(at, `one ${topic} entry per model ("${e.model}" is already in ${prev})`);
      else seen.set(key, `${f.file} ${at}`);
      const cells: Record<string, CompareValue> = {};
      for (const [k, raw] of Object.entries(e.values)) {
        const cell = compareCell(report, { ...e, topic }, k, raw, `${at}.values.${k}`);
        if (cell) cells[k] = cell;
      }
      rows.push({
        paper: file.paper,
        topic,
        model: e.model,
        ...(e.label ? { label: e.label } : {}),
        file: f.file,
        cells,
      });
    });
  }
  return rows;
}

/** `<Compare topic="…" model="…">` in reviews and concepts must point at a row that exists. */
export function validateCompareUses(
  docs: ReadonlyArray<{ file: string; body: string; offset: number }>,
  rows: readonly CompareRow[],
  add: Add,
): void {
  const memoryIds = new Set(memoryModels(rows, new Map()).map((m) => m.id));
  for (const doc of docs)
    for (const use of scanComponents(doc.body)) {
      if (use.name !== 'Compare') continue;
      const line = use.line + doc.offset;
      const { topic, model } = use.attrs;
      if (topic === undefined || !TOPIC_IDS.some((t) => t === topic)) {
        add(
          doc.file,
          '<Compare topic>',
          `one of ${TOPIC_IDS.join(', ')}, got ${topic === undefined ? 'nothing' : `"${topic}"`}`,
          line,
        );
        continue;
      }
      if (model === undefined) continue; // a link to the whole page
      const rowTopic = topic === 'memory' ? 'architecture' : topic;
      if (!rows.some((r) => r.topic === rowTopic && r.model === model))
        add(
          doc.file,
          '<Compare model>',
          `a model with a row on /compare/${topic}/ (content/data/compare/*.yaml, topic ${rowTopic}), got "${model}"`,
          line,
        );
      // the calculator has a row only for models whose KV cache and size can be computed
      else if (topic === 'memory' && !memoryIds.has(model))
        add(
          doc.file,
          '<Compare model>',
          `a model the memory calculator can compute (its architecture row needs layers, d_model, heads, KV heads and a parameter count), got "${model}"`,
          line,
        );
    }
}
