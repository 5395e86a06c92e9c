// src/lib/search-index-key.ts: the canonical text of everything the search index is built from
// (equal texts ⇔ equal inputs, whatever their order) and the check of a stored entry's files.
import { describe, expect, it } from 'vitest';
import { entryProblem, isIndexedPage, searchIndexManifest } from '../../src/lib/search-index-key.ts';

const d = (c: string) => c.repeat(64);

describe('search index key (pure)', () => {
  const base = {
    pages: [
      { path: 'index.html', digest: d('a') },
      { path: 'reviews/qwen/index.html', digest: d('b') },
    ],
    content: [{ path: 'reviews/qwen.mdx', digest: d('c') }],
    tool: { pagefind: '1.6.0', script: d('d') },
  };

  it('is the same text whatever order the inputs are listed in', () => {
    const shuffled = { ...base, pages: [...base.pages].reverse(), tool: { script: d('d'), pagefind: '1.6.0' } };
    expect(searchIndexManifest(shuffled)).toBe(searchIndexManifest(base));
  });

  it('changes with any page, content file, path or tool version', () => {
    const m = searchIndexManifest(base);
    const variants = [
      { ...base, pages: [base.pages[0]!, { path: 'reviews/qwen/index.html', digest: d('e') }] },
      { ...base, pages: [base.pages[0]!, { path: 'reviews/llama-2/index.html', digest: d('b') }] },
      { ...base, pages: base.pages.slice(1) },
      { ...base, content: [{ path: 'reviews/qwen.mdx', digest: d('f') }] },
      { ...base, tool: { ...base.tool, pagefind: '1.6.1' } },
      // a page moved into content (same digest, other group) is another input set
      { ...base, pages: base.pages.slice(1), content: [...base.content, base.pages[0]!] },
    ];
    for (const v of variants) expect(searchIndexManifest(v)).not.toBe(m);
  });

  it('rejects inputs that cannot make a sound key, naming the file', () => {
    expect(() => searchIndexManifest({ ...base, pages: [base.pages[0]!, base.pages[0]!] })).toThrow(
      /page "index.html" listed twice/,
    );
    expect(() => searchIndexManifest({ ...base, content: [{ path: 'x.yaml', digest: 'abc' }] })).toThrow(
      /content file "x.yaml": a SHA-256 hex digest, got "abc"/,
    );
  });

  it('keys on the pages only: not the index, bundled assets or server chunks', () => {
    expect(isIndexedPage('reviews/qwen/index.html')).toBe(true);
    expect(isIndexedPage('404.html')).toBe(true);
    expect(isIndexedPage('pagefind/fragment/x.html')).toBe(false);
    expect(isIndexedPage('_astro/x.html')).toBe(false);
    expect(isIndexedPage('.prerender/x.html')).toBe(false);
    expect(isIndexedPage('charts/x.svg')).toBe(false);
  });

  it('accepts a stored entry only when every recorded file is there with its digest', () => {
    const rec = [{ path: 'pagefind/a', digest: d('1') }];
    expect(entryProblem(rec, new Map([['pagefind/a', d('1')]]))).toBeUndefined();
    expect(entryProblem(rec, new Map())).toBe('pagefind/a is missing');
    expect(entryProblem(rec, new Map([['pagefind/a', d('2')]]))).toBe('pagefind/a does not match its recorded digest');
    expect(entryProblem([], new Map())).toBe('the entry records no files');
  });

  it('writes tools by name, then pages and content files by path, each as "<digest> <path>"', () => {
    const manifest = searchIndexManifest({
      pages: [
        { path: 'b.html', digest: d('b') },
        { path: 'a.html', digest: d('a') },
      ],
      content: [{ path: 'x.yaml', digest: d('c') }],
      tool: { z: '1', a: 'say "hi"' },
    });
    expect(manifest.split('\n')).toEqual([
      'prn-search-index/v1',
      '[tool]',
      'a="say \\"hi\\""',
      'z="1"',
      '[pages]',
      `${d('a')} a.html`,
      `${d('b')} b.html`,
      '[content]',
      `${d('c')} x.yaml`,
    ]);
  });

  it('rejects a Windows path, a path over two lines and an upper-case digest', () => {
    expect(() => searchIndexManifest({ ...base, pages: [{ path: 'reviews\\qwen.html', digest: d('a') }] })).toThrow(
      'a "/"-separated path on one line',
    );
    expect(() => searchIndexManifest({ ...base, content: [{ path: 'a\nb', digest: d('a') }] })).toThrow(
      'a "/"-separated path on one line',
    );
    expect(() => searchIndexManifest({ ...base, pages: [{ path: 'index.html', digest: d('A') }] })).toThrow(
      /page "index.html": a SHA-256 hex digest/,
    );
  });

  it('names the first recorded file that is missing or changed', () => {
    const rec = [
      { path: 'pagefind/a', digest: d('1') },
      { path: 'pagefind/b', digest: d('2') },
      { path: 'pagefind/c', digest: d('3') },
    ];
    const found = new Map([
      ['pagefind/a', d('1')],
      ['pagefind/c', d('4')],
    ]);
    expect(entryProblem(rec, found)).toBe('pagefind/b is missing');
    found.set('pagefind/b', d('2'));
    expect(entryProblem(rec, found)).toBe('pagefind/c does not match its recorded digest');
  });
});
