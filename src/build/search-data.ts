// Build time only: the data the search loads beside the Pagefind index — name groups for
// Korean ↔ English expansion, compounds, glossary suggestions, and the answer-card index.
// Everything comes from content/ (concept frontmatter, models.yaml, model-families.yaml,
// search-terms.yaml, results/*.yaml); nothing is scraped from page text except the compounds,
// which are words the pages really contain.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentIssue } from '../lib/content/errors.ts';
import { modelFamilySchema, searchTermSchema, type ModelFamily, type SearchTerm } from '../lib/content/schema.ts';
import type { SiteContent } from '../lib/content/validate.ts';
import { formatScore, settingLabel } from '../lib/table.ts';
import { compact, compoundsOf, type SearchData } from '../lib/search-expand.ts';
import { modelKey, type AnswerIndex } from '../lib/search-answer.ts';

export const FAMILIES_FILE = 'content/data/model-families.yaml';
export const TERMS_FILE = 'content/data/search-terms.yaml';

function readList<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  issues: ContentIssue[],
): Array<z.infer<S>> {
  const abs = join(root, file);
  if (!existsSync(abs)) return [];
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(abs, 'utf8'));
  } catch (e) {
    issues.push({ file, field: '(file)', expected: `valid YAML (${(e as Error).message.split('\n')[0]})` });
    return [];
  }
  if (!Array.isArray(doc)) {
    issues.push({ file, field: '(file)', expected: 'a YAML list of entries' });
    return [];
  }
  const out: Array<z.infer<S>> = [];
  doc.forEach((entry, i) => {
    const r = schema.safeParse(entry);
    if (r.success) out.push(r.data);
    else
      for (const iss of r.error.issues)
        issues.push({ file, field: `[${i}].${iss.path.join('.') || '(entry)'}`, expected: iss.message });
  });
  return out;
}

/** model-families.yaml and search-terms.yaml, checked; throws one ContentError naming file and field. */
export function readSearchNames(
  root: string,
  c: Pick<SiteContent, 'models'>,
): { families: ModelFamily[]; terms: SearchTerm[] } {
  const issues: ContentIssue[] = [];
  const families = readList(root, FAMILIES_FILE, modelFamilySchema, issues);
  const terms = readList(root, TERMS_FILE, searchTermSchema, issues);
  const known = new Set(c.models.map((m) => m.family));
  families.forEach((f, i) =>
    f.families.forEach((name, j) => {
      if (!known.has(name))
        issues.push({
          file: FAMILIES_FILE,
          field: `[${i}].families[${j}]`,
          expected: `a "family" value from content/data/models.yaml (${[...known].slice(0, 6).join(', ')}, …), got "${name}"`,
        });
    }),
  );
  if (issues.length) throw new ContentError(issues);
  return { families, terms };
}

/** "Grouped-Query Attention (GQA)" → ["Grouped-Query Attention", "GQA"]. */
function splitParen(s: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(s);
  return m ? [m[1]!, m[2]!] : [s];
}

export function nameGroups(c: Pick<SiteContent, 'concepts'>, families: ModelFamily[], terms: SearchTerm[]): string[][] {
  const groups = c.concepts.map((doc) => {
    const d = doc.data;
    const n = d.names;
    return [
      ...new Set([
        ...splitParen(d.title),
        ...splitParen(d.en),
        ...d.aliases,
        ...(n ? [...n.ko, ...n.en, ...n.abbr, ...n.spellings, ...n.translit] : []),
      ]),
    ];
  });
  return [...groups, ...families.map((f) => f.names), ...terms.map((t) => t.names)];
}

/** Korean words worth finding inside compounds: every Hangul word of a name, plus common nouns. */
const COMMON_NOUNS = [
  '모델',
  '언어',
  '학습',
  '토크나이저',
  '토큰',
  '어휘',
  '데이터',
  '보상',
  '정렬',
  '추론',
  '파라미터',
  '임베딩',
  '어텐션',
  '스케일링',
  '컨텍스트',
  '보간',
  '압축',
  '상속',
  '안전',
  '평가',
  '미세조정',
  '선호',
  '정책',
  '손실',
  '학습률',
  '메모리',
  '캐시',
  '레이어',
  '한국어',
  '중국어',
  '다국어',
  '가지치기',
];

export function searchData(c: SiteContent, families: ModelFamily[], terms: SearchTerm[], pageText: string): SearchData {
  const groups = nameGroups(c, families, terms);
  const hangulWords = groups
    .flat()
    .flatMap((n) => n.split(/\s+/))
    .filter((w) => /^[\uac00-\ud7a3]{2,}$/.test(w));
  const words = [...new Set([...COMMON_NOUNS, ...hangulWords])].sort();
  return {
    groups,
    compounds: compoundsOf(pageText, words),
    glossary: c.concepts.map((d) => ({ title: d.data.title, en: d.data.en, url: `/concepts/${d.id}/` })),
  };
}

function value(v: string | number | null, unit?: string): string {
  if (v === null) return '–';
  return `${typeof v === 'number' ? String(v) : v}${unit ? ` ${unit}` : ''}`;
}

export function answerIndex(c: SiteContent, families: ModelFamily[]): AnswerIndex {
  const fam: Record<string, string> = {};
  // names only: `families` values such as "LLaMA 2" would fold Llama 2 7B into LLaMA-7B
  for (const f of families) for (const n of f.names) fam[compact(n)] = f.id;
  const used = new Set(c.tables.flatMap((t) => t.rows.map((r) => r.model)));
  const models = c.models.filter((m) => used.has(m.id) || c.configs.some((t) => t.rows.some((r) => r.model === m.id)));
  const mIndex = new Map(models.map((m, i) => [m.id, i]));
  const usedB = new Set(c.tables.flatMap((t) => t.rows.map((r) => r.benchmark)));
  const benchmarks = c.benchmarks.filter((b) => usedB.has(b.id));
  const bIndex = new Map(benchmarks.map((b, i) => [b.id, i]));
  const settings: string[] = [];
  const settingIndex = (s: string) => {
    const i = settings.indexOf(s);
    return i >= 0 ? i : settings.push(s) - 1;
  };
  const configs: AnswerIndex['configs'] = {};
  for (const t of c.configs)
    for (const r of t.rows)
      if (r.model && !configs[r.model])
        configs[r.model] = {
          paper: c.papers.find((p) => p.id === t.paper)?.shortTitle ?? t.paper,
          table: t.label,
          values: t.columns
            .filter((col) => r.values[col.key] !== undefined)
            .map((col) => [col.label, value(r.values[col.key] ?? null, col.unit)]),
        };
  return {
    families: fam,
    papers: Object.fromEntries(c.papers.map((p) => [p.id, p.shortTitle])),
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      params: m.params,
      key: modelKey(m.name, fam),
      paper: m.paper,
    })),
    benchmarks: benchmarks.map((b) => ({
      id: b.id,
      name: b.name,
      keys: [...new Set([compact(b.name), compact(b.id)])].filter((k) => k.length >= 3),
    })),
    tables: c.tables.map((t) => [t.paper, t.id, t.label]),
    settings,
    rows: c.tables.flatMap((t, ti) =>
      t.rows.map((r) => {
        const row: AnswerIndex['rows'][number] = [
          mIndex.get(r.model)!,
          bIndex.get(r.benchmark)!,
          ti,
          formatScore(r.score, r.decimals),
          settingIndex(settingLabel(r.shots, r.setting)),
        ];
        if (r.source.table !== t.label) row.push(r.source.table);
        return row;
      }),
    ),
    configs,
  };
}
