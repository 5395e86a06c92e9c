import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  chunkFor,
  commonPrefix,
  compareWords,
  decodeCbor,
  encodeCbor,
  planChunks,
  type Cbor,
} from '../../src/lib/search-chunks.ts';
import { rechunkPagefind } from '../../src/build/search-chunks.ts';

/** A word entry shaped like Pagefind's: [word, [[page, locations, []]], variants]. */
const entry = (w: string, page = 0, locs = 12): Cbor => [
  w,
  [[page, Array.from({ length: locs }, (_, k) => k * 7 - 25), []]],
  [],
];

// Korean words are stored decomposed, as Pagefind files them
const WORDS = [
  '0',
  '0.5',
  '67b',
  '67b의',
  'deep',
  'deepseek',
  'deepseek67b',
  'gqa',
  'mmlu',
  'mmlu는',
  'qwen',
  'qwen14b',
  'qwen7b',
  '모델',
  '모델은',
  '모델의',
  '모두',
  '토크나이저',
  '토크나이저는',
  '토크나이저를',
  '학습',
  '학습률',
]
  .map((w) => w.normalize('NFD'))
  .sort(compareWords);

describe('CBOR codec', () => {
  it('round-trips the values Pagefind writes, byte for byte', () => {
    const v: Cbor = [
      '1.6.0',
      [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, -300],
      '한국어 𝒳',
      new Uint8Array([1, 2]),
    ];
    const bytes = encodeCbor(v);
    expect(decodeCbor(bytes)).toEqual(v);
    expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
  });
  it('refuses what Pagefind does not write, saying what', () => {
    expect(() => decodeCbor(new Uint8Array([0xa1, 0x01, 0x02]))).toThrow(/major type 5/);
    expect(() => decodeCbor(new Uint8Array([0x82, 0x01]))).toThrow(/unexpected end/);
    expect(() => decodeCbor(new Uint8Array([0x01, 0x02]))).toThrow(/trailing/);
  });
});

describe('planChunks', () => {
  const entries = WORDS.map((w) => entry(w));
  const plan = planChunks(entries, { targetBytes: 60, keepPrefix: 3 });
  const chunkOf = (w: string) => plan.chunks.findIndex((c) => c.some((e) => (e as Cbor[])[0] === w));

  it('keeps every word, in order, and cuts into several chunks', () => {
    expect(plan.chunks.flat()).toEqual(entries);
    expect(plan.chunks.length).toBeGreaterThan(4);
  });
  it('never separates words that share their first 3 characters', () => {
    for (let k = 1; k < plan.chunks.length; k++) {
      const last = (plan.chunks[k - 1]!.at(-1) as Cbor[])[0] as string;
      const first = (plan.chunks[k]![0] as Cbor[])[0] as string;
      expect(commonPrefix(last, first)).toBeLessThan(3);
    }
  });
  it('sends every word, and every prefix of 3+ characters, to the chunk holding all its completions', () => {
    for (const w of WORDS) {
      const chars = [...w];
      for (let n = 3; n <= chars.length; n++) {
        const t = chars.slice(0, n).join('');
        const want = new Set(WORDS.filter((x) => x.startsWith(t)).map(chunkOf));
        expect(want.size, t).toBe(1);
        expect(chunkFor(plan.ranges, t), `${t} (prefix of ${w})`).toBe([...want][0]);
      }
    }
  });
  it('finds a term longer than a chunk end that starts with it (Pagefind’s own bounds lose it)', () => {
    // "모델의" sorts after a chunk end such as "모" when 모… are the chunk's last words
    expect(chunkFor(plan.ranges, '모델의'.normalize('NFD'))).toBe(chunkOf('모델의'.normalize('NFD')));
    expect(chunkFor(plan.ranges, 'deepseek67b')).toBe(chunkOf('deepseek'));
  });
  it('refuses an unsorted index or an entry that is not [word, …], naming it', () => {
    expect(() => planChunks([entry('b'), entry('a')], { targetBytes: 10, keepPrefix: 3 })).toThrow(
      /sorted order at "b" \/ "a"/,
    );
    expect(() => planChunks([entry('a'), 5], { targetBytes: 10, keepPrefix: 3 })).toThrow(/word entry 1/);
  });
});

describe('rechunkPagefind on a real Pagefind bundle', () => {
  it('rewrites the index as small chunks with the same words, and refuses a damaged file before writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prn-chunks-'));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'ko' });
      for (let k = 0; k < 40; k++)
        await index!.addCustomRecord({
          url: `/p${k}/`,
          content: `${WORDS.join(' ')} 문서${k} 단어${k * 7} section${k} 모델${k}의 학습${k}`,
          language: 'ko',
          meta: { title: `p${k}` },
        });
      await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
      await pagefind.close();
      const pf = join(dir, 'pagefind');
      const read = (f: string) => decodeCbor(gunzipSync(readFileSync(f)).subarray(12)) as Cbor[];
      const words = (d: string) => {
        const entryJson = JSON.parse(readFileSync(join(d, 'pagefind-entry.json'), 'utf8'));
        const meta = read(join(d, `pagefind.${entryJson.languages.ko.hash}.pf_meta`));
        return {
          meta,
          words: (meta[2] as string[][]).flatMap((c) =>
            (read(join(d, 'index', `${c[2]}.pf_index`))[0] as Cbor[]).map((e) => (e as Cbor[])[0]),
          ),
        };
      };
      const before = words(pf);
      const [report] = rechunkPagefind(pf, { targetBytes: 300, keepPrefix: 3 });
      const after = words(pf);
      expect(after.words).toEqual(before.words);
      expect(report!.chunksAfter).toBeGreaterThan(report!.chunksBefore);
      expect((after.meta[2] as Cbor[]).length).toBe(report!.chunksAfter);
      // pages, filters and fields are untouched; only the chunk list changed
      expect([after.meta[0], after.meta[1], ...after.meta.slice(3)]).toEqual([
        before.meta[0],
        before.meta[1],
        ...before.meta.slice(3),
      ]);
      expect(readdirSync(join(pf, 'index'))).toHaveLength(report!.chunksAfter);
      expect(readdirSync(pf).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);

      const entryBefore = readFileSync(join(pf, 'pagefind-entry.json'), 'utf8');
      const victim = readdirSync(join(pf, 'index'))[1]!;
      writeFileSync(join(pf, 'index', victim), 'not gzip');
      expect(() => rechunkPagefind(pf)).toThrow(new RegExp(victim.replace('.', '\\.')));
      expect(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')).toBe(entryBefore);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
