// src/lib/explorer-load.ts: loading the benchmark explorer's data file, with a stubbed fetch. Every
// failure (network, HTTP status, bad JSON, missing lists) becomes one ExplorerLoadError with a
// message the page can show; nothing is cached between attempts.
import { describe, expect, it } from 'vitest';
import { ExplorerLoadError, fetchExplorerData } from '../../src/lib/explorer-load.ts';

const complete = { papers: [], models: [], benchmarks: [], rows: [] };

/** A fetch that answers every request with `respond()` and records what it was asked. */
function stubFetch(respond: () => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const get = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init });
    return respond();
  }) as typeof fetch;
  return { get, calls };
}
const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status });

describe('loading the explorer data', () => {
  it('returns the file’s data when it has papers, models, benchmarks and rows', async () => {
    const data = { ...complete, papers: [{ id: 'qwen' }] };
    const { get } = stubFetch(() => json(data));
    await expect(fetchExplorerData('/benchmarks/data.json', get)).resolves.toEqual(data);
  });

  it('asks for /benchmarks/data.json by default, revalidating with the server', async () => {
    const { get, calls } = stubFetch(() => json(complete));
    await fetchExplorerData(undefined, get);
    expect(calls).toEqual([{ url: '/benchmarks/data.json', init: { cache: 'no-cache' } }]);
  });

  it('fetches again on every attempt, so a retry after a failure can succeed', async () => {
    let attempt = 0;
    const { get, calls } = stubFetch(() => (++attempt === 1 ? json({}, 503) : json(complete)));
    await expect(fetchExplorerData('/d.json', get)).rejects.toThrow('데이터 파일 응답이 503입니다');
    await expect(fetchExplorerData('/d.json', get)).resolves.toEqual(complete);
    expect(calls).toHaveLength(2);
  });
});

describe('a failed load', () => {
  it('says the network failed when the request throws', async () => {
    const get = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const err = await fetchExplorerData('/d.json', get).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExplorerLoadError);
    expect((err as Error).message).toBe('네트워크 오류로 데이터 파일에 닿지 못했습니다');
  });

  it('gives the HTTP status of an error response', async () => {
    const { get } = stubFetch(() => new Response('not found', { status: 404 }));
    await expect(fetchExplorerData('/d.json', get)).rejects.toThrow(
      new ExplorerLoadError('데이터 파일 응답이 404입니다'),
    );
  });

  it('says the file is not JSON', async () => {
    const { get } = stubFetch(() => new Response('<!doctype html>', { status: 200 }));
    await expect(fetchExplorerData('/d.json', get)).rejects.toThrow(
      new ExplorerLoadError('데이터 파일이 올바른 JSON이 아닙니다'),
    );
  });

  it('names each list that is missing or not a list', async () => {
    const { get } = stubFetch(() => json({ papers: [], models: {}, benchmarks: [] }));
    await expect(fetchExplorerData('/d.json', get)).rejects.toThrow(
      new ExplorerLoadError('데이터 파일에 models, rows 목록이 없습니다'),
    );
    const empty = stubFetch(() => json(null));
    await expect(fetchExplorerData('/d.json', empty.get)).rejects.toThrow(
      '데이터 파일에 papers, models, benchmarks, rows 목록이 없습니다',
    );
  });
});
