// The one issue collector every validation pass writes to, and the parsing steps they share
// (YAML, schema, YAML lists, MDX frontmatter). Passes never throw: the validator throws once,
// with every issue, when all passes have run.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentIssue } from './errors.ts';
import type { MdxDoc, RawFile } from './types.ts';

export type Add = (file: string, field: string, expected: string, line?: number) => void;

/** An MDX file split once into its frontmatter and body; `offset` is the body's first line minus one. */
export interface MdxSource {
  id: string;
  file: string;
  /** The YAML between the `---` lines, or undefined when the file has no frontmatter block. */
  frontmatter: string | undefined;
  body: string;
  offset: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(ya?ml|mdx?)$/, '');
}

export function splitMdx(f: RawFile): MdxSource {
  const m = FRONTMATTER.exec(f.text);
  if (!m) return { id: baseName(f.file), file: f.file, frontmatter: undefined, body: f.text, offset: 0 };
  return {
    id: baseName(f.file),
    file: f.file,
    frontmatter: m[1] ?? '',
    body: f.text.slice(m[0].length),
    offset: m[0].split('\n').length - 1,
  };
}

function fieldPath(prefix: string, path: PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const joined = (prefix + parts).replace(/^\./, '');
  return joined || '(file)';
}

/** The `id` a YAML list entry names, whether or not the rest of it is valid. */
function entryId(entry: unknown): string | undefined {
  return typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string'
    ? entry.id
    : undefined;
}

export class IssueCollector {
  readonly issues: ContentIssue[] = [];

  private readonly parse: (text: string) => unknown;

  // a plain field, not a parameter property: Node runs this file with type stripping only
  constructor(parse: (text: string) => unknown = parseYaml) {
    this.parse = parse;
  }

  /** Issues already listed: two uses of one bad reference on a line would print the same line twice. */
  private readonly seen = new Set<string>();

  readonly add: Add = (file, field, expected, line) => {
    const key = JSON.stringify([file, field, expected, line ?? 0]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push({ file, field, expected, ...(line ? { line } : {}) });
  };

  /** The file's YAML, or undefined (and an issue) when it does not parse. */
  yaml(f: RawFile): unknown {
    try {
      return this.parse(f.text);
    } catch (e) {
      const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
      const message = e instanceof Error ? e.message : String(e);
      this.add(f.file, '(YAML)', `valid YAML (${message.split('\n')[0]})`, line);
      return undefined;
    }
  }

  /** The value as the schema reads it, or undefined (and one issue per schema complaint). */
  check<S extends z.ZodType>(schema: S, value: unknown, file: string, prefix = ''): z.infer<S> | undefined {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    for (const i of r.error.issues) this.add(file, fieldPath(prefix, i.path), i.message);
    return undefined;
  }

  /**
   * Files that each hold one YAML document: yields those the schema accepts, one at a time, so
   * a pass's own checks on a file are reported right after that file's parse issues.
   */
  *documents<S extends z.ZodType>(files: RawFile[], schema: S): Generator<{ file: string; value: z.infer<S> }> {
    for (const f of files) {
      const doc = this.yaml(f);
      if (doc === undefined) continue;
      const value = this.check(schema, doc, f.file);
      if (value) yield { file: f.file, value };
    }
  }

  /**
   * Every valid entry of YAML files that each hold a list; `broken` collects the string ids of
   * entries the schema rejects.
   */
  list<S extends z.ZodType>(
    files: RawFile[],
    schema: S,
    broken?: Set<string>,
  ): Array<{ file: string; value: z.infer<S> }> {
    const out: Array<{ file: string; value: z.infer<S> }> = [];
    for (const f of files) {
      const doc = this.yaml(f);
      if (doc === undefined) continue;
      if (!Array.isArray(doc)) {
        this.add(f.file, '(file)', 'a YAML list of entries');
        continue;
      }
      doc.forEach((entry, i) => {
        const v = this.check(schema, entry, f.file, `[${i}]`);
        if (v) out.push({ file: f.file, value: v });
        else if (broken) {
          const id = entryId(entry);
          if (id !== undefined) broken.add(id);
        }
      });
    }
    return out;
  }

  /** An MDX document with its frontmatter read by the schema, or undefined. */
  mdx<S extends z.ZodType>(src: MdxSource, schema: S): MdxDoc<z.infer<S>> | undefined {
    if (src.frontmatter === undefined) {
      this.add(src.file, 'frontmatter', 'a YAML block between "---" lines at the top of the file');
      return undefined;
    }
    const doc = this.yaml({ file: src.file, text: src.frontmatter });
    if (doc === undefined) return undefined;
    const data = this.check(schema, doc, src.file, 'frontmatter');
    if (!data) return undefined;
    return { id: src.id, file: src.file, data, body: src.body };
  }

  uniqueIds<T extends { id: string }>(items: Array<{ file: string; value: T }>, what: string): void {
    const seen = new Map<string, string>();
    for (const { file, value } of items) {
      const prev = seen.get(value.id);
      if (prev) this.add(file, 'id', `a unique ${what} id ("${value.id}" is already defined in ${prev})`);
      else seen.set(value.id, file);
    }
  }

  throwIfAny(): void {
    if (this.issues.length) throw new ContentError(this.issues);
  }
}
