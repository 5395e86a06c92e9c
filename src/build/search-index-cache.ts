// Reuses the previous build's search index (dist/pagefind/ and dist/search-data.json) when
// nothing it is made from changed (src/lib/search-index-key.ts says what that is). Indexing
// every section of every page is the slowest step of a warm build, and its output depends
// only on those inputs.
//
// Entries live in node_modules/.cache/prn-search/<key>/ (outside dist/, so a failed build
// keeps them). An entry is written into a temporary folder and renamed into place, so it is
// either complete or absent; each file's digest is recorded and checked on reuse, so a
// damaged entry is dropped and the index rebuilt instead of shipping a broken search.
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { entryProblem, isIndexedPage, searchIndexManifest, type FileDigest } from '../lib/search-index-key.ts';
import { packageVersion, rendererFingerprint } from './export-inputs.ts';

/** What the index writes into the output folder (all of it is cached and restored). */
const OUTPUTS = ['pagefind', 'search-data.json'];
/** Entries kept (newest used first); older ones are removed so the cache does not grow without bound. */
const KEEP = 3;

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function filesUnder(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [relative(root, dir).split(sep).join('/')];
  return readdirSync(dir).flatMap((n) => filesUnder(root, join(dir, n)));
}

function digests(root: string, rels: string[]): FileDigest[] {
  return rels.map((path) => ({ path, digest: sha256(readFileSync(join(root, path))) }));
}

/** The cache key of this build's search index. */
export function searchIndexKey(dist: string, projectRoot: string, indexScript: string): string {
  const pages = digests(dist, filesUnder(dist).filter(isIndexedPage));
  const content = digests(join(projectRoot, 'content'), filesUnder(join(projectRoot, 'content')));
  const tool = {
    ...rendererFingerprint(projectRoot), // src/lib, src/build, src/charts and the site address
    script: sha256(readFileSync(indexScript)),
    pagefind: packageVersion(projectRoot, 'pagefind'),
  };
  return sha256(searchIndexManifest({ pages, content, tool }));
}

interface Entry {
  files: FileDigest[];
}

/** Copies a stored entry into dist/; false (entry dropped) if it is damaged. */
function restore(entryDir: string, dist: string, warn: (m: string) => void): boolean {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(join(entryDir, 'entry.json'), 'utf8')) as Entry;
  } catch {
    entry = { files: [] };
  }
  const found = new Map<string, string>();
  for (const f of entry.files) {
    const p = join(entryDir, 'files', f.path);
    if (existsSync(p)) found.set(f.path, sha256(readFileSync(p)));
  }
  const problem = entryProblem(entry.files, found);
  if (problem) {
    warn(`search index cache: dropping a damaged entry (${problem}); indexing again`);
    rmSync(entryDir, { recursive: true, force: true });
    return false;
  }
  for (const o of OUTPUTS) rmSync(join(dist, o), { recursive: true, force: true });
  cpSync(join(entryDir, 'files'), dist, { recursive: true });
  const now = new Date();
  utimesSync(entryDir, now, now); // most recently used: kept by prune()
  return true;
}

function store(cacheDir: string, key: string, dist: string): void {
  const tmp = join(cacheDir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    const rels = OUTPUTS.flatMap((o) => filesUnder(dist, join(dist, o)));
    for (const rel of rels) {
      mkdirSync(dirname(join(tmp, 'files', rel)), { recursive: true });
      cpSync(join(dist, rel), join(tmp, 'files', rel));
    }
    writeFileSync(join(tmp, 'entry.json'), JSON.stringify({ files: digests(dist, rels) } satisfies Entry));
    rmSync(join(cacheDir, key), { recursive: true, force: true });
    renameSync(tmp, join(cacheDir, key));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((n) => /^[0-9a-f]{64}$/.test(n))
    .map((n) => ({ n, t: statSync(join(cacheDir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(KEEP)) rmSync(join(cacheDir, e.n), { recursive: true, force: true });
}

export function defaultSearchCacheDir(root: string): string {
  return process.env.PRN_SEARCH_CACHE_DIR || join(root, 'node_modules', '.cache', 'prn-search');
}

export interface SearchIndexRun {
  reused: boolean;
  key: string;
}

/**
 * Puts the search index into `dist`: from the cache when its inputs are unchanged, else by
 * calling `index(dist)` and storing what it wrote. A cache that cannot be written costs
 * speed, not the build.
 */
export async function cachedSearchIndex(opts: {
  dist: string;
  projectRoot: string;
  indexScript: string;
  index: (dist: string) => void | Promise<void>;
  cacheDir?: string;
  warn?: (message: string) => void;
}): Promise<SearchIndexRun> {
  const { dist, projectRoot, indexScript, index } = opts;
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const cacheDir = opts.cacheDir ?? defaultSearchCacheDir(projectRoot);
  const key = searchIndexKey(dist, projectRoot, indexScript);
  if (existsSync(join(cacheDir, key)) && restore(join(cacheDir, key), dist, warn)) return { reused: true, key };
  await index(dist);
  try {
    mkdirSync(cacheDir, { recursive: true });
    store(cacheDir, key, dist);
    prune(cacheDir);
  } catch (e) {
    warn(`search index cache: could not store the index in ${cacheDir}: ${(e as Error).message}`);
  }
  return { reused: false, key };
}
