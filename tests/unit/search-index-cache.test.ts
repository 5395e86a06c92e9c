import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isIndexedPage } from '../../src/lib/search-index-key.ts';
import { cachedSearchIndex } from '../../src/build/search-index-cache.ts';
import { treeDifferences, treeDigests } from '../../scripts/bench/dist-diff.ts';

const d = (c: string) => c.repeat(64);

describe('search index cache (reuse across builds)', () => {
  let root: string;
  let dist: string;
  let cacheDir: string;
  const script = () => join(root, 'scripts', 'index-search.ts');
  const put = (p: string, text: string) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  };
  /** A stand-in indexer: writes an index derived from the pages, counting its runs. */
  const indexer = () => {
    const fn = (out: string) => {
      fn.runs += 1;
      const pages = [...treeDigests(out).keys()].filter(isIndexedPage);
      put(join(out, 'pagefind', 'index', 'en.pf'), pages.join('\n'));
      put(join(out, 'search-data.json'), JSON.stringify({ pages: pages.length }));
    };
    fn.runs = 0;
    return fn;
  };
  const run = (index: (dist: string) => void, warn: string[] = []) =>
    cachedSearchIndex({ dist, projectRoot: root, indexScript: script(), index, cacheDir, warn: (m) => warn.push(m) });
  /** A fresh build output (as Astro writes it, without an index). */
  const build = (pages: Record<string, string>) => {
    rmSync(dist, { recursive: true, force: true });
    for (const [p, t] of Object.entries(pages)) put(join(dist, p), t);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'prn-search-cache-'));
    dist = join(root, 'dist');
    cacheDir = join(root, 'cache');
    put(script(), '// indexer v1');
    put(join(root, 'content', 'reviews', 'a.mdx'), '# a');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('indexes once, then restores byte-identical output without indexing', async () => {
    const ix = indexer();
    build({ 'index.html': '<p>a</p>', 'reviews/a/index.html': '<p>b</p>' });
    expect((await run(ix)).reused).toBe(false);
    const first = treeDigests(dist);
    build({ 'index.html': '<p>a</p>', 'reviews/a/index.html': '<p>b</p>' });
    expect((await run(ix)).reused).toBe(true);
    expect(ix.runs).toBe(1);
    expect(treeDifferences(first, treeDigests(dist))).toEqual([]);
  });

  it('indexes again when a page, a content file or the indexing script changes', async () => {
    const ix = indexer();
    build({ 'index.html': '<p>a</p>' });
    await run(ix);
    build({ 'index.html': '<p>a, edited</p>' });
    expect((await run(ix)).reused).toBe(false);
    put(join(root, 'content', 'reviews', 'a.mdx'), '# a, edited');
    expect((await run(ix)).reused).toBe(false);
    put(script(), '// indexer v2');
    expect((await run(ix)).reused).toBe(false);
    expect(ix.runs).toBe(4);
  });

  it('drops a damaged entry, says so and indexes again', async () => {
    const ix = indexer();
    build({ 'index.html': '<p>a</p>' });
    const { key } = await run(ix);
    writeFileSync(join(cacheDir, key, 'files', 'search-data.json'), '{"pages":99}');
    build({ 'index.html': '<p>a</p>' });
    const warn: string[] = [];
    expect((await run(ix, warn)).reused).toBe(false);
    expect(warn.join()).toMatch(/damaged entry \(search-data.json does not match its recorded digest\)/);
    expect(JSON.parse(readFileSync(join(dist, 'search-data.json'), 'utf8'))).toEqual({ pages: 1 });
  });

  it('stores nothing when indexing fails, so a failed build leaves no entry behind', async () => {
    build({ 'index.html': '<p>a</p>' });
    const failing = () => {
      throw new Error('pagefind: out of memory');
    };
    await expect(run(failing)).rejects.toThrow(/out of memory/);
    expect(readdirSync(root)).not.toContain('cache');
  });
});

describe('dist comparison (bench: warm build identical to cold)', () => {
  it('names every added, removed and changed file', () => {
    const a = new Map([
      ['a.html', d('1')],
      ['b.css', d('2')],
      ['c.png', d('3')],
    ]);
    const b = new Map([
      ['a.html', d('1')],
      ['b.css', d('9')],
      ['d.js', d('4')],
    ]);
    expect(treeDifferences(a, b)).toEqual(['differs: b.css', 'only in a: c.png', 'only in b: d.js']);
    expect(treeDifferences(a, new Map(a))).toEqual([]);
  });
});
