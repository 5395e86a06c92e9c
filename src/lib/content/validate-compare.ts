// Comparison facts (content/data/compare/<paper>.yaml) and the <Compare topic model> links in
// MDX: parsed, checked against the field list of src/lib/compare/fields.ts, units converted
// or refused. Kept apart from validate.ts, which calls it once, so the MDX parser behind
// `scanComponents` can change without touching this file.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { compareFileSchema, type CompareCell } from './schema.ts';
import { scanComponents } from './mdx-scan.ts';
import { ENTRY_TOPICS, LAB_TOKENIZERS, TOPICS, TOPIC_IDS, isEntryTopic, type EntryTopic } from '../compare/fields.ts';
import { convertQuantity } from '../compare/units.ts';

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

export function validateCompareFiles(
  files: readonly RawFile[],
  known: { models: ReadonlySet<string>; papers: ReadonlySet<string> },
  add: Add,
): CompareRow[] {
  const rows: CompareRow[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    let doc: unknown;
    try {
      doc = parseYaml(f.text, { merge: true }); // "<<: *anchor" shares cells between sizes
    } catch (e) {
      const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
      add(f.file, '(YAML)', `valid YAML (${(e as Error).message.split('\n')[0]})`, line);
      continue;
    }
    const parsed = compareFileSchema.safeParse(doc);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        add(f.file, i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(file)', i.message);
      continue;
    }
    const file = parsed.data;
    if (file.paper !== baseName(f.file)) add(f.file, 'paper', `the file name ("${baseName(f.file)}"), got "${file.paper}"`);
    if (!known.papers.has(file.paper)) add(f.file, 'paper', `a known paper id (${[...known.papers].join(', ')}), got "${file.paper}"`);
    file.entries.forEach((e, ei) => {
      const at = `entries[${ei}]`;
      if (!isEntryTopic(e.topic)) {
        add(f.file, `${at}.topic`, `one of ${ENTRY_TOPICS.join(', ')}, got "${e.topic}"`);
        return;
      }
      if (!known.models.has(e.model)) add(f.file, `${at}.model`, `a model id from content/data/models.yaml, got "${e.model}"`);
      const key = `${e.topic}|${e.model}`;
      const prev = seen.get(key);
      if (prev) add(f.file, at, `one ${e.topic} entry per model ("${e.model}" is already in ${prev})`);
      else seen.set(key, `${f.file} ${at}`);
      const spec = TOPICS[e.topic];
      const cells: Record<string, CompareValue> = {};
      const norm = (c: CompareCell) => (typeof c === 'object' ? c : { value: c });
      // The sequence length a batch in sequences converts with: this entry's context.
      const ctx = e.values.context !== undefined ? norm(e.values.context).value : undefined;
      for (const [k, raw] of Object.entries(e.values)) {
        const field = spec.fields.find((x) => x.key === k);
        const fat = `${at}.values.${k}`;
        if (!field) {
          add(f.file, fat, `a field of the ${e.topic} page (${spec.fields.map((x) => x.key).join(', ')})`);
          continue;
        }
        const c = norm(raw);
        if (typeOf(c.value) !== field.type) {
          add(f.file, fat, `a ${field.type === 'bool' ? 'true/false' : field.type} value, got ${JSON.stringify(c.value)}`);
          continue;
        }
        if (k === 'lab' && !(LAB_TOKENIZERS as readonly string[]).includes(String(c.value)))
          add(f.file, fat, `a tokenizer the lab runs (${LAB_TOKENIZERS.join(', ')}), got "${String(c.value)}"`);
        let value = c.value;
        let conversion: string | undefined;
        if (c.unit !== undefined && c.unit !== field.unit) {
          if (field.unit === undefined || typeof c.value !== 'number') {
            add(f.file, `${fat}.unit`, `no unit: the ${e.topic} column "${field.label}" has none, got "${c.unit}"`);
            continue;
          }
          try {
            const r = convertQuantity({ value: c.value, unit: c.unit }, field.unit, typeof ctx === 'number' ? ctx : undefined);
            value = r.value;
            conversion = r.conversion;
          } catch (err) {
            add(f.file, `${fat}.unit`, (err as Error).message);
            continue;
          }
        }
        cells[k] = {
          value,
          source: c.source ?? e.source,
          origin: c.origin ?? e.origin,
          verified: c.verified ?? true,
          ...(conversion ? { conversion } : {}),
          ...(c.note ? { note: c.note } : {}),
        };
      }
      rows.push({ paper: file.paper, topic: e.topic, model: e.model, ...(e.label ? { label: e.label } : {}), file: f.file, cells });
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
  for (const doc of docs)
    for (const use of scanComponents(doc.body)) {
      if (use.name !== 'Compare') continue;
      const line = use.line + doc.offset;
      const { topic, model } = use.attrs;
      if (topic === undefined || !(TOPIC_IDS as readonly string[]).includes(topic)) {
        add(doc.file, '<Compare topic>', `one of ${TOPIC_IDS.join(', ')}, got ${topic === undefined ? 'nothing' : `"${topic}"`}`, line);
        continue;
      }
      if (model === undefined) continue; // a link to the whole page
      const rowTopic = topic === 'memory' ? 'architecture' : topic;
      if (!rows.some((r) => r.topic === rowTopic && r.model === model))
        add(doc.file, '<Compare model>', `a model with a row on /compare/${topic}/ (content/data/compare/*.yaml, topic ${rowTopic}), got "${model}"`, line);
    }
}
