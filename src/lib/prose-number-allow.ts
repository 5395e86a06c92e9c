// The short allow-list of the prose-number check (content/prose-number-allow.yaml): numbers that
// equal a data value but are rightly typed in prose (a different quantity that happens to share
// the value), each with the file and a reason. An entry that no longer matches anything is an
// error too, so the list cannot grow stale.
import { parse as parseYaml } from 'yaml';
import { proseNumberAllowSchema, type ProseNumberAllow } from './content/schema.ts';
import type { UnwrappedNumber } from './prose-numbers.ts';

export const ALLOW_FILE = 'content/prose-number-allow.yaml';

/** The entries of the allow-list; throws one message naming the file, entry, field and expectation. */
export function parseAllowList(text: string, file = ALLOW_FILE): ProseNumberAllow[] {
  const r = proseNumberAllowSchema.safeParse(parseYaml(text) ?? []);
  if (r.success) return r.data;
  const lines = r.error.issues.map(
    (i) =>
      `  - ${file} → ${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(file)'}: ${i.message}`,
  );
  throw new Error(`허용 목록 오류 (invalid allow-list):\n${lines.join('\n')}`);
}

/** Splits a file's findings into those still to fix and the allowed ones; lists entries matching nothing. */
export function applyAllowList(file: string, found: readonly UnwrappedNumber[], entries: readonly ProseNumberAllow[]) {
  const mine = entries.filter((e) => e.file === file);
  const allowed = new Set(mine.map((e) => e.number));
  const remaining = found.filter((n) => !allowed.has(n.text));
  const stale = mine.filter((e) => !found.some((n) => n.text === e.number));
  return { remaining, stale };
}
