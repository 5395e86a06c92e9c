import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportCache, exportKey, stableStringify } from '../../src/build/export-cache.ts';
import { svgToPng } from '../../src/build/raster.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prn-export-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A render function that counts its calls. */
function counted<T>(value: T) {
  const fn = () => {
    fn.calls += 1;
    return value;
  };
  fn.calls = 0;
  return fn;
}

/** Points the export cache at this test's folder and returns the kinds rendered so far, in order (its render log). */
function logRenders(): () => string[] {
  const log = join(dir, 'renders.log');
  vi.stubEnv('PRN_EXPORT_CACHE_DIR', join(dir, 'cache'));
  vi.stubEnv('PRN_EXPORT_CACHE_LOG', log);
  return () =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split(' ')[0]!)
      : [];
}

const entryFiles = () => readdirSync(join(dir, 'png')).map((f) => join(dir, 'png', f));

describe('export cache', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/><text x="2" y="15" font-family="Pretendard" font-size="12">한글</text></svg>';

  it('renders once, then serves the same bytes from disk in a later build (new cache object)', async () => {
    const render = counted((await svgToPng(svg)).png);
    const first = await createExportCache(dir).cachedExport('png', { svg }, render);
    const later = createExportCache(dir); // a second build process reading the same folder
    const second = await later.cachedExport('png', { svg }, render);
    expect(render.calls).toBe(1);
    expect(later.stats).toEqual({ hits: 1, misses: 0 });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(second).subarray(1, 4).toString()).toBe('PNG');
  });

  it('renders once when pages rendered concurrently ask for the same export at the same time', async () => {
    const cache = createExportCache(dir);
    let calls = 0;
    const render = async () => {
      calls += 1;
      return (await svgToPng(svg)).png;
    };
    const [a, b] = await Promise.all([
      cache.cachedExport('png', { svg }, render),
      cache.cachedExport('png', { svg }, render),
    ]);
    expect(calls).toBe(1);
    expect(cache.stats.misses).toBe(1);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // and a failed render is not remembered: the next request renders again
    await expect(cache.cachedExport('png', { svg: 'x' }, () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await cache.cachedExport('png', { svg: 'x' }, () => 'ok')).toBe('ok');
  });

  it('the synchronous variant shares the same entries', async () => {
    const render = counted('{"n":1}');
    expect(createExportCache(dir).cachedExportSync('tokenizer-counts', { s: ['a'] }, render)).toBe('{"n":1}');
    expect(await createExportCache(dir).cachedExport('tokenizer-counts', { s: ['a'] }, () => 'other')).toBe('{"n":1}');
    expect(createExportCache(dir).cachedExportSync('tokenizer-counts', { s: ['a'] }, render)).toBe('{"n":1}');
    expect(render.calls).toBe(1);
  });

  it('keeps text as text', async () => {
    const cache = createExportCache(dir);
    await cache.cachedExport('table-csv', { t: 1 }, () => 'model,점수\nA,1\n');
    expect(await createExportCache(dir).cachedExport('table-csv', { t: 1 }, () => 'other')).toBe('model,점수\nA,1\n');
  });

  it('misses when any input changes, including a renderer or font version', async () => {
    const cache = createExportCache(dir);
    const render = counted('x');
    const base = { svg, scale: 2, renderer: { code: 'abc', pretendard: '1.3.9' } };
    await cache.cachedExport('png', base, render);
    await cache.cachedExport('png', { ...base, svg: svg.replace('#c00', '#0c0') }, render);
    await cache.cachedExport('png', { ...base, scale: 3 }, render);
    await cache.cachedExport('png', { ...base, renderer: { code: 'abc', pretendard: '1.3.10' } }, render);
    await cache.cachedExport('chart-svg', base, render); // same inputs, other kind
    expect(render.calls).toBe(5);
    await cache.cachedExport('png', { renderer: { pretendard: '1.3.9', code: 'abc' }, scale: 2, svg }, render); // key order is irrelevant
    expect(render.calls).toBe(5);
  });

  it('ignores a truncated (partially written) entry, re-renders and repairs it', async () => {
    await createExportCache(dir).cachedExport('png', { svg }, async () => (await svgToPng(svg)).png);
    const [file] = entryFiles();
    truncateSync(file!, 20);
    const render = counted((await svgToPng(svg)).png);
    const out = await createExportCache(dir).cachedExport('png', { svg }, render);
    expect(render.calls).toBe(1);
    expect(Buffer.from(out).subarray(1, 4).toString()).toBe('PNG');
    const again = counted(new Uint8Array());
    await createExportCache(dir).cachedExport('png', { svg }, again);
    expect(again.calls).toBe(0);
  });

  it('ignores an entry whose bytes were changed on disk', async () => {
    await createExportCache(dir).cachedExport('chart-csv', { id: 'a' }, () => 'a,b\n1,2\n');
    const file = join(dir, 'chart-csv', readdirSync(join(dir, 'chart-csv'))[0]!);
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] = 0x39; // "2" → "9" in the payload, digest unchanged
    writeFileSync(file, bytes);
    expect(await createExportCache(dir).cachedExport('chart-csv', { id: 'a' }, () => 'a,b\n1,2\n')).toBe('a,b\n1,2\n');
  });

  it('a render that throws leaves the existing cache untouched and no temp files behind', async () => {
    const cache = createExportCache(dir);
    await cache.cachedExport('png', { svg }, () => new Uint8Array([1, 2, 3]));
    const before = entryFiles().map((f) => readFileSync(f));
    await expect(
      cache.cachedExport('png', { svg: 'other' }, () => {
        throw new Error('renderer crashed');
      }),
    ).rejects.toThrow('renderer crashed');
    expect(entryFiles().map((f) => readFileSync(f))).toEqual(before);
    expect(readdirSync(join(dir, 'png')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('rejects inputs that cannot make a reproducible key, naming the field', () => {
    expect(() => stableStringify({ a: [1, { f: () => 1 }] })).toThrow('inputs.a[1].f: plain data');
    expect(() => stableStringify({ d: new Date(0) })).toThrow('inputs.d: plain data');
    expect(() => stableStringify({ n: Number.NaN })).toThrow('inputs.n: a finite number');
    expect(() => exportKey('Bad Kind', {})).toThrow('export kind');
    expect(exportKey('png', { a: 1, b: undefined })).toBe(exportKey('png', { a: 1 }));
  });
});

describe('slide packs and catalogue thumbnails', () => {
  it('are rendered through the export cache: a second (warm) build renders neither', async () => {
    const renders = logRenders();
    try {
      const build = async () => {
        vi.resetModules(); // a fresh build process: new module state, same cache folder
        const { reviewPackExport, chartThumbExport } = await import('../../src/build/exports.ts');
        return { pack: await reviewPackExport('pangu-pi-pro'), thumb: await chartThumbExport('pangu-vocab-share') };
      };
      const cold = await build();
      expect(renders()).toEqual(expect.arrayContaining(['slide-pack', 'chart-svg', 'png']));
      const afterCold = renders().length;
      const warm = await build();
      expect(renders().length, 'renders in the warm build').toBe(afterCold);
      expect(Buffer.from(warm.pack).equals(Buffer.from(cold.pack))).toBe(true);
      expect(Buffer.from(warm.pack).subarray(0, 2).toString()).toBe('PK');
      const png = Buffer.from(warm.thumb);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 360]); // IHDR width, height
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  }, 120_000);
});

describe('the site address is part of every export key but a PNG’s', () => {
  it('a build for another SITE_URL or BASE_PATH gets another fingerprint (CSVs and slides print the address)', async () => {
    const fingerprint = async (env: Record<string, string>) => {
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      vi.resetModules();
      const { rendererFingerprint } = await import('../../src/build/export-inputs.ts');
      return rendererFingerprint();
    };
    try {
      const a = await fingerprint({ SITE_URL: 'https://a.example', BASE_PATH: '' });
      const b = await fingerprint({ SITE_URL: 'https://b.example', BASE_PATH: '' });
      const c = await fingerprint({ SITE_URL: 'https://a.example', BASE_PATH: '/repo/' });
      expect(a.code).toBe(b.code);
      expect(new Set([a.site, b.site, c.site]).size).toBe(3);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  }, 60_000);

  it('a build for another address redraws what prints it, and rasterises only the SVGs that changed', async () => {
    const renders = logRenders();
    const build = async (site: string) => {
      vi.stubEnv('SITE_URL', site);
      vi.resetModules();
      const { chartThumbExport, ogCardExport } = await import('../../src/build/exports.ts');
      await chartThumbExport('pangu-vocab-share'); // the chart's slide prints its page address
      await ogCardExport({ kind: '리뷰', title: '한글 제목', subtitle: '부제', siteName: '논문 리뷰 노트' }); // no address
    };
    try {
      await build('https://a.example');
      expect(renders().filter((k) => k === 'png')).toHaveLength(2);
      const before = renders().length;
      await build('https://b.example');
      const again = renders().slice(before);
      expect(again, 'the chart SVG is redrawn for the new address').toContain('chart-svg');
      // one PNG: the thumbnail, whose SVG now prints another address; the card's SVG is unchanged
      expect(again.filter((k) => k === 'png')).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  }, 120_000);

  it('the rasteriser’s fingerprint follows src/build/raster.ts and raster-fonts.ts and nothing else in the code', async () => {
    const { rasterFingerprint } = await import('../../src/build/export-inputs.ts');
    const root = join(dir, 'project');
    const build = (f: string) => join(root, 'src', 'build', f);
    mkdirSync(join(root, 'src', 'build'), { recursive: true });
    writeFileSync(build('raster.ts'), 'export const a = 1;\n');
    writeFileSync(build('raster-fonts.ts'), 'export const f = 1;\n');
    writeFileSync(build('other.ts'), 'export const b = 1;\n');
    const first = rasterFingerprint(root);
    writeFileSync(build('other.ts'), 'export const b = 22;\n');
    expect(rasterFingerprint(root)).toEqual(first);
    writeFileSync(build('raster.ts'), 'export const a = 22;\n');
    const second = rasterFingerprint(root);
    expect(second.code).not.toBe(first.code);
    writeFileSync(build('raster-fonts.ts'), 'export const f = 22;\n');
    expect(rasterFingerprint(root).code).not.toBe(second.code);
  });
});
