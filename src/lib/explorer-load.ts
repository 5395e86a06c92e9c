// Loads /benchmarks/data.json for the explorer and checks its shape, so a missing or broken
// file becomes one clear error (the caller shows it and offers a retry) instead of an
// uncaught rejection. No promise is cached: every attempt fetches again.
import type { ExplorerData } from './explorer.ts';

export class ExplorerLoadError extends Error {}

const LISTS = ['papers', 'models', 'benchmarks', 'rows'] as const;

export async function fetchExplorerData(
  url = '/benchmarks/data.json',
  get: typeof fetch = fetch,
): Promise<ExplorerData> {
  let res: Response;
  try {
    res = await get(url, { cache: 'no-cache' });
  } catch {
    throw new ExplorerLoadError('네트워크 오류로 데이터 파일에 닿지 못했습니다');
  }
  if (!res.ok) throw new ExplorerLoadError(`데이터 파일 응답이 ${res.status}입니다`);
  let value: unknown;
  try {
    value = await res.json();
  } catch {
    throw new ExplorerLoadError('데이터 파일이 올바른 JSON이 아닙니다');
  }
  const v = value as Record<string, unknown> | null;
  const missing = LISTS.filter((k) => !Array.isArray(v?.[k]));
  if (missing.length) throw new ExplorerLoadError(`데이터 파일에 ${missing.join(', ')} 목록이 없습니다`);
  return value as ExplorerData;
}
