// Resolves the numbers of a review's TL;DR card (frontmatter `tldr.numbers`) through the same
// lookups <Score> and <ConfigValue> use, so the card, the validator and the prose components
// can never disagree about a value, its printed precision or its source.
import type { Lookup } from './content/lookup.ts';
import type { TldrNumber } from './content/schema.ts';
import type { ConfigView } from './content/validate.ts';
import { formatScore, settingLabel } from './table.ts';
import { KIND_LABEL } from './labels.ts';
import { formatConfigValue } from './config-format.ts';

export interface ResolvedNumber {
  label: string;
  /** The value as printed (the paper's precision), with its unit for config values. */
  value: string;
  /** Raw value, for tests and data attributes. */
  raw: number | string;
  /** "Qwen, Table 2" — paper and table, always visible on the card. */
  source: string;
  /** Shots/setting, provenance kind or 미검증, as <Score> prints them; "" when none. */
  detail: string;
}

/** A config table's value at (row, col) — row by model id or by label — with its unit; throws when empty. */
export function configCell(t: ConfigView, row: string, col: string): { value: number | string; unit?: string } {
  const r = t.rows.find((x) => x.model === row || x.label === row);
  const v = r?.values[col];
  if (v === undefined || v === null) throw new Error(`${t.paper}/${t.id}: no value at row "${row}", column "${col}"`);
  const unit = t.columns.find((c) => c.key === col)?.unit;
  return unit ? { value: v, unit } : { value: v };
}

/** One TL;DR number of `paper`; throws (with the table and keys) when it does not resolve. */
export function resolveTldrNumber(
  c: Pick<Lookup, 'score' | 'config' | 'paper'>,
  paper: string,
  n: TldrNumber,
): ResolvedNumber {
  const short = c.paper(paper).shortTitle;
  if (n.score) {
    const { table, model, benchmark, shots, setting } = n.score;
    const row = c.score({
      paper,
      table,
      model,
      benchmark,
      ...(shots !== undefined ? { shots } : {}),
      ...(setting !== undefined ? { setting } : {}),
    });
    const detail = [
      settingLabel(row.shots, row.setting),
      row.kind !== 'reported' ? KIND_LABEL[row.kind] : '',
      row.verified ? '' : '미검증',
    ]
      .filter(Boolean)
      .join(', ');
    return {
      label: n.label,
      value: formatScore(row.score, row.decimals),
      raw: row.score,
      source: `${short}, ${row.source.table}`,
      detail,
    };
  }
  if (n.config) {
    const t = c.config(paper, n.config.table);
    const cell = configCell(t, n.config.row, n.config.col);
    const value = cell.unit ? `${formatConfigValue(cell.value)} ${cell.unit}` : formatConfigValue(cell.value);
    return {
      label: n.label,
      value,
      raw: cell.value,
      source: `${short}, ${t.label}`,
      detail: t.kind !== 'reported' ? KIND_LABEL[t.kind] : '',
    };
  }
  throw new Error(`TL;DR number "${n.label}": neither "score" nor "config"`);
}
