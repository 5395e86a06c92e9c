// When may a build reuse the previous search index instead of running Pagefind again? Only
// when everything the index and search-data.json are made from is byte-for-byte the same:
// every built HTML page, every content/ file, the indexing code and the Pagefind version.
// This module turns those inputs into one canonical text (the caller hashes it into the
// cache key) and checks a stored entry's files against the digests recorded with it.

export interface FileDigest {
  /** Path relative to its root, "/"-separated. */
  path: string;
  /** SHA-256 of the file's bytes, hex. */
  digest: string;
}

/** Output folders that are not pages: the index itself, bundled assets, Astro's server chunks. */
const NOT_PAGES = ['pagefind/', '_astro/', '.prerender/'];

/** Is this built file (path relative to the output folder) one the search index reads? */
export function isIndexedPage(rel: string): boolean {
  return rel.endsWith('.html') && !NOT_PAGES.some((p) => rel.startsWith(p));
}

const HEX64 = /^[0-9a-f]{64}$/;

function canonicalFiles(group: string, files: readonly FileDigest[]): string[] {
  const seen = new Set<string>();
  for (const f of files) {
    if (!HEX64.test(f.digest))
      throw new TypeError(`search index key: ${group} "${f.path}": a SHA-256 hex digest, got "${f.digest}"`);
    if (f.path.includes('\\') || f.path.includes('\n'))
      throw new TypeError(`search index key: ${group} "${f.path}": a "/"-separated path on one line`);
    if (seen.has(f.path)) throw new TypeError(`search index key: ${group} "${f.path}" listed twice`);
    seen.add(f.path);
  }
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.digest} ${f.path}`);
}

export interface SearchIndexInputs {
  /** The built pages (isIndexedPage), relative to the output folder. */
  pages: readonly FileDigest[];
  /** Everything under content/ (names, compounds and answer cards of search-data.json). */
  content: readonly FileDigest[];
  /** Versions and code hashes of what indexes: Pagefind's version, the indexing script, site address. */
  tool: Readonly<Record<string, string>>;
}

/** One canonical text of all inputs: equal texts ⇔ equal inputs, whatever order they were listed in. */
export function searchIndexManifest(inputs: SearchIndexInputs): string {
  const tool = Object.keys(inputs.tool)
    .sort()
    .map((k) => `${k}=${JSON.stringify(inputs.tool[k])}`);
  return [
    'prn-search-index/v1',
    '[tool]',
    ...tool,
    '[pages]',
    ...canonicalFiles('page', inputs.pages),
    '[content]',
    ...canonicalFiles('content file', inputs.content),
  ].join('\n');
}

/** Why a stored entry cannot be used (undefined: every recorded file is present with its digest). */
export function entryProblem(recorded: readonly FileDigest[], found: ReadonlyMap<string, string>): string | undefined {
  if (!recorded.length) return 'the entry records no files';
  for (const f of recorded) {
    const d = found.get(f.path);
    if (d === undefined) return `${f.path} is missing`;
    if (d !== f.digest) return `${f.path} does not match its recorded digest`;
  }
  return undefined;
}
