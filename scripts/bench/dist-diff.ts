// Proof that a warm build ships the same site as a cold one: every file of two output folders
// compared by content. The bench copies dist/ after the cold build and compares it with the
// warm build's dist/; any difference fails the warm-build figure.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths (relative, "/"-separated) → SHA-256 of each file's bytes. */
export function treeDigests(root: string, dir = root, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) for (const [k, v] of treeDigests(root, p, `${prefix}${n}/`)) out.set(k, v);
    else out.set(prefix + n, createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

/** Every difference between two trees, one line each, sorted: "only in a: x", "only in b: x", "differs: x". */
export function treeDifferences(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined) lines.push(`only in a: ${k}`);
    else if (w !== v) lines.push(`differs: ${k}`);
  }
  for (const k of b.keys()) if (!a.has(k)) lines.push(`only in b: ${k}`);
  return lines.sort();
}
