// Pretendard, the one typeface of slides, table images and share cards: the five files the build
// reads, kept in assets/fonts/pretendard/ (its README says where they come from). The npm package
// holds 1,826 files, 98 MB: 13 % of what `npm ci` unpacked, for five files of 5.3 MB.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRETENDARD_FILES = [
  'Pretendard-Regular.otf',
  'Pretendard-SemiBold.otf',
  'Pretendard-Bold.otf',
  'Pretendard-Regular.subset.woff2',
  'Pretendard-Bold.subset.woff2',
] as const;

export type PretendardFile = (typeof PRETENDARD_FILES)[number];

/** Where one of the files lives in the project at `root`. */
export function pretendardPath(file: PretendardFile, root = process.cwd()): string {
  return join(root, 'assets', 'fonts', 'pretendard', file);
}

/** Throws an error naming the first of the files that is not in the project at `root`. */
export function assertPretendard(root = process.cwd()): void {
  const missing = PRETENDARD_FILES.map((f) => pretendardPath(f, root)).find((p) => !existsSync(p));
  if (missing)
    throw new Error(
      `${missing}: missing (one of the Pretendard files the build draws with; assets/fonts/pretendard/README.md)`,
    );
}

const fingerprints = new Map<string, { signature: string; hash: string }>();

/**
 * SHA-256 over every file (what an export drawn in Pretendard depends on), read again only when a
 * file's size or mtime changes; "missing" when a file is absent, as packageVersion says of a package
 * (keys are computed for projects that draw nothing, too; drawing without the files fails loudly).
 */
export function pretendardFingerprint(root = process.cwd()): string {
  const paths = PRETENDARD_FILES.map((f) => pretendardPath(f, root));
  if (!paths.every((p) => existsSync(p))) return 'missing';
  const signature = paths
    .map((p) => {
      const s = statSync(p);
      return `${s.mtimeMs}:${s.size}`;
    })
    .join('|');
  const memo = fingerprints.get(root);
  if (memo?.signature === signature) return memo.hash;
  const hash = createHash('sha256');
  PRETENDARD_FILES.forEach((f, i) => hash.update(f).update('\0').update(readFileSync(paths[i]!)));
  const value = { signature, hash: hash.digest('hex') };
  fingerprints.set(root, value);
  return value.hash;
}
