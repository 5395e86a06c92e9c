// src/lib/base-path.ts: the one place a site path gets the base path (GitHub Pages project sites).
import { describe, expect, it } from 'vitest';
import { normaliseBase, withBase, withoutBase } from '../../src/lib/base-path.ts';

describe('normaliseBase', () => {
  it('gives one slash on each side, or "/" for no base', () => {
    for (const b of ['/repo', 'repo/', '/repo/', ' //repo// ']) expect(normaliseBase(b)).toBe('/repo/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
    for (const b of ['', '/', '//', undefined]) expect(normaliseBase(b)).toBe('/');
  });
});

describe('withBase', () => {
  it('puts the base before a root-absolute path, once', () => {
    expect(withBase('/charts/x/', '/repo/')).toBe('/repo/charts/x/');
    expect(withBase('/repo/charts/x/', '/repo/')).toBe('/repo/charts/x/');
    expect(withBase('/', 'repo')).toBe('/repo/');
  });
  it('keeps what is not root-absolute: other hosts, protocol-relative links, fragments, relative paths', () => {
    for (const p of ['https://arxiv.org/abs/2309.16609', '//cdn.example/x.js', '#top', 'x/y', '?q=1'])
      expect(withBase(p, '/repo/')).toBe(p);
  });
  it('changes nothing under the root base', () => {
    expect(withBase('/charts/x/', '/')).toBe('/charts/x/');
  });
});

describe('withoutBase', () => {
  it('is the inverse of withBase for site paths', () => {
    for (const p of ['/', '/charts/x/', '/reviews/qwen/#intro'])
      expect(withoutBase(withBase(p, '/repo/'), '/repo/')).toBe(p);
  });
  it('leaves a path outside the base, and every path under the root base, as it is', () => {
    expect(withoutBase('/other/x/', '/repo/')).toBe('/other/x/');
    expect(withoutBase('/repository/x/', '/repo/')).toBe('/repository/x/');
    expect(withoutBase('/charts/x/', '/')).toBe('/charts/x/');
  });
});
