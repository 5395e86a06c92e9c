// Builds the explorer's JSON from the validated content (build time only).
import { siteContent } from './site-content.ts';
import type { ExplorerData } from '../lib/explorer.ts';
import { formatScore, settingLabel } from '../lib/table.ts';

export function explorerData(): ExplorerData {
  const c = siteContent();
  const used = new Set(c.tables.flatMap((t) => t.rows.map((r) => r.model)));
  const usedB = new Set(c.tables.flatMap((t) => t.rows.map((r) => r.benchmark)));
  return {
    papers: c.papers.map((p) => ({ id: p.id, shortTitle: p.shortTitle })),
    models: c.models.filter((m) => used.has(m.id)).map((m) => ({ id: m.id, name: m.name, family: m.family })),
    benchmarks: c.benchmarks
      .filter((b) => usedB.has(b.id))
      .map((b) => ({
        id: b.id,
        name: b.name,
        category: b.category,
        higherIsBetter: b.higherIsBetter,
        metric: b.metric,
      })),
    rows: c.tables.flatMap((t) =>
      t.rows.map((r) => ({
        model: r.model,
        benchmark: r.benchmark,
        paper: r.paper,
        table: r.source.table,
        score: r.score,
        text: formatScore(r.score, r.decimals),
        setting: settingLabel(r.shots, r.setting),
        verified: r.verified,
        kind: r.kind,
      })),
    ),
  };
}
