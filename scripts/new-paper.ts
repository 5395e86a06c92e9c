// `npm run new:paper -- <id>`: scaffolds the content files of a new paper, each field with a
// comment saying what goes there. The scaffold deliberately does not validate until the
// author fills the marked fields: `node scripts/validate-content.ts` (and every build) then
// lists each one with its file, field and expectation. No code changes are needed.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTRY_TOPICS, TOPICS } from '../src/lib/compare/fields.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function scaffoldFiles(id: string): Record<string, string> {
  const model = `${id}-7b`;
  const compareTopics = ENTRY_TOPICS.map((t) => {
    const spec = TOPICS[t];
    const fields = spec.fields
      .map(
        (f) =>
          `      # ${f.key}: ${f.type === 'bool' ? 'true' : f.type === 'number' ? '0' : '"…"'}   # ${f.label} — ${f.help}${f.unit ? ` (unit: ${f.unit})` : ''}`,
      )
      .join('\n');
    return `  - topic: ${t}            # /compare/${t}/ — ${spec.title}
    model: ${model}          # a model id from content/data/models.yaml (delete this entry if the paper has nothing for this page)
    source: "Table 1"        # default source of the values below: table/figure/section of the paper
    # origin: paper           # paper (default) | config (authors' released config) | readme
    values: {}
      # Uncomment the fields the paper reports; leave out what it does not (shown as "–", 논문에 없음).
      # A value can carry its own source: { value: 4096, source: "§2.2", origin: config, verified: false, unit: sequences }
${fields}`;
  }).join('\n');

  return {
    [`content/papers/${id}.yaml`]: `# Paper card (schema: paperSchema in src/lib/content/schema.ts). Fill every "" below.
id: ${id}                 # same as the file name
title: ""                 # the paper's title as printed
shortTitle: ""            # short name used in every source line, e.g. "Qwen 기술 보고서"
arxiv: ""                 # arXiv id such as "2309.16609" (quoted)
version: v1               # the arXiv version the numbers come from
date: ""                  # first arXiv version date, e.g. 2023-09-28
organisation: ""          # authors' organisation
authors: []               # e.g. ["First Author", "… 외 10명"]
license: ""               # licence of code and weights
links: []                 # e.g. [{ label: arXiv, url: "https://arxiv.org/abs/…" }]
`,
    [`content/data/results/${id}.yaml`]: `# The paper's tables (see README "Add a data row"). Each row: model, benchmark, score, shots.
paper: ${id}
tables:
  - id: table-1           # slug of the paper's label ("Table 1" → table-1)
    label: Table 1        # the label as printed in the paper
    title: ""             # what the table shows (Korean)
    version: v1           # arXiv version
    kind: reported        # reported | derived (계산값) | figure-readoff (그림에서 읽은 근사값)
    verified: true        # false if the number could not be checked in a primary source
    rows:
      # one row per printed cell; a "–" in the paper is no row at all
      - { model: ${model}, benchmark: mmlu, score: null, shots: 5 }   # score: the printed number
configs: []               # config/coefficient tables (see content/data/results/qwen.yaml)
`,
    [`content/data/compare/${id}.yaml`]: `# Facts for the /compare/ pages (fields: src/lib/compare/fields.ts). Only what the paper states.
paper: ${id}
entries:
${compareTopics}
`,
    [`content/reviews/${id}.mdx`]: `---
title: ""                 # review title (Korean)
paper: ${id}
summary: ""               # 10–400 characters: what the review covers
tags: []                  # e.g. [RoPE, GQA]
reviewedAt: ""            # date of the review, e.g. 2026-12-01
questions:                # every "## " heading, with a stable anchor id
  - { id: summary, title: "요약" }
---

## 요약

여기에 리뷰를 씁니다. 본문의 숫자는 손으로 적지 않고 데이터 컴포넌트(README의 "Add a review" 표: Score, BenchmarkTable, Compare …)로 가져옵니다.
`,
  };
}

/** Appended to content/data/models.yaml (one shared list). */
export function modelsBlock(id: string): string {
  return `
# --- ${id} (scaffolded by npm run new:paper) ---------------------------------------------
- id: ${id}-7b            # model id used in results and compare files
  name: ""                # display name, e.g. "Example 7B"
  family: ""              # family shown in filters, e.g. "Example"
  params: null            # parameters in billions as the paper reports them (7 for "7B")
  paper: ${id}            # this paper introduced the model
  kind: base              # base | chat | code | math | reward | other
`;
}

export function scaffold(root: string, id: string): string[] {
  if (!ID.test(id))
    throw new Error(`new:paper: the id must be lowercase words joined by "-", e.g. "my-paper", got "${id}"`);
  const files = scaffoldFiles(id);
  const existing = Object.keys(files).filter((f) => existsSync(join(root, f)));
  if (existing.length) throw new Error(`new:paper: ${existing.join(', ')} already exist(s); nothing was written`);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  appendFileSync(join(root, 'content/data/models.yaml'), modelsBlock(id));
  return [...Object.keys(files), 'content/data/models.yaml (appended)'];
}

if (import.meta.main) {
  const id = process.argv[2];
  try {
    if (!id) throw new Error('usage: npm run new:paper -- <paper-id>');
    const written = scaffold(process.cwd(), id);
    console.log(`새 논문 뼈대를 만들었습니다 (scaffolded):\n${written.map((f) => `  - ${f}`).join('\n')}`);
    console.log(
      '\n"" 로 남은 칸을 채운 뒤 `node_modules/.bin/node scripts/validate-content.ts`로 확인하세요: 채울 칸마다 파일·필드·기대값이 나옵니다.',
    );
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
