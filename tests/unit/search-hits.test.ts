import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packHits, simpleSlug, unpackHits, type HitRecord } from '../../src/lib/search-hits.ts';
import { readHitRecords } from '../../src/build/search-hits.ts';

const QWEN = 'Qwen 기술 보고서 리뷰';
const RECORDS: HitRecord[] = [
  { id: 'ko_a1', page: '/reviews/qwen/', pageTitle: QWEN, kind: '리뷰', url: '/reviews/qwen/', title: '' },
  {
    id: 'ko_b2',
    page: '/reviews/qwen/',
    pageTitle: QWEN,
    kind: '리뷰',
    url: '/reviews/qwen/#1단계-학습-때-본-적-없는-각도',
    title: '1단계: 학습 때 본 적 없는 각도',
  },
  {
    id: 'ko_c3',
    page: '/reviews/qwen/',
    pageTitle: QWEN,
    kind: '리뷰',
    url: '/reviews/qwen/#table-7',
    title: 'Table 7: AlignBench 결과 (중국어 개방형 질문, GPT-4 채점)',
  },
  { id: 'ko_d4', page: '/notation/', pageTitle: '표기법', kind: '', url: '/notation/#기호', title: '기호' },
];

describe('search hit list', () => {
  it('gives back every record’s page, title, kind, link and section title', () => {
    const hits = unpackHits(JSON.parse(JSON.stringify(packHits(RECORDS))) as ReturnType<typeof packHits>);
    expect(hits.size).toBe(RECORDS.length);
    for (const { id, ...info } of RECORDS) expect(hits.get(id), id).toEqual(info);
  });

  it('sends a page once and an anchor only where it is not its title’s slug', () => {
    const packed = packHits(RECORDS);
    expect(packed.map((p) => p[0])).toEqual(['/notation/', '/reviews/qwen/']);
    const qwen = packed[1]![3];
    expect(qwen.find((r) => r[0] === 'ko_b2')![1]).toBe(0);
    expect(qwen.find((r) => r[0] === 'ko_c3')![1]).toBe('table-7');
    expect(qwen.find((r) => r[0] === 'ko_a1')![1]).toBe('');
    expect(simpleSlug('Ghost Attention (GAtt)')).toBe('ghost-attention-gatt');
  });

  it('refuses two records of one page that disagree on its title, naming the record', () => {
    const other = { ...RECORDS[1]!, id: 'ko_x9', pageTitle: '다른 제목' };
    expect(() => packHits([RECORDS[0]!, other])).toThrow(/ko_x9 .*\/reviews\/qwen\//);
  });
});

describe('reading the hit list from a Pagefind bundle', () => {
  const fragment = (body: unknown) =>
    gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(body))]));
  const bundle = (files: Record<string, Buffer>) => {
    const dir = mkdtempSync(join(tmpdir(), 'hits-'));
    mkdirSync(join(dir, 'fragment'));
    for (const [n, b] of Object.entries(files)) writeFileSync(join(dir, 'fragment', n), b);
    return dir;
  };

  it('takes the id from the file name and the rest from the fragment', () => {
    const dir = bundle({
      'ko_b2.pf_fragment': fragment({
        url: '/reviews/qwen/#rope',
        meta: { page: QWEN, title: 'RoPE' },
        filters: { kind: ['리뷰'] },
        content: '…',
      }),
      'ko_a1.pf_fragment': fragment({ url: '/notation/', meta: { page: '표기법', title: '표기법' }, filters: {} }),
    });
    try {
      expect(readHitRecords(dir)).toEqual([
        { id: 'ko_a1', page: '/notation/', pageTitle: '표기법', kind: '', url: '/notation/', title: '' },
        {
          id: 'ko_b2',
          page: '/reviews/qwen/',
          pageTitle: QWEN,
          kind: '리뷰',
          url: '/reviews/qwen/#rope',
          title: 'RoPE',
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('stops on a fragment in another shape, naming the file and the field', () => {
    for (const [body, field] of [
      [fragment({ url: '/x/', meta: { title: 'x' } }), /ko_z\.pf_fragment: meta/],
      [fragment({ url: 'x', meta: { page: 'x', title: 'x' } }), /ko_z\.pf_fragment: url/],
      [
        fragment({ url: '/x/', meta: { page: 'x', title: 'x' }, filters: { kind: 'x' } }),
        /ko_z\.pf_fragment: filters\.kind/,
      ],
      [gzipSync('not a fragment'), /ko_z\.pf_fragment: no "pagefind_dcd" signature/],
    ] as const) {
      const dir = bundle({ 'ko_z.pf_fragment': body });
      try {
        expect(() => readHitRecords(dir)).toThrow(field);
      } finally {
        rmSync(dir, { recursive: true });
      }
    }
  });
});
