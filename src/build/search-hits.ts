// Reads a Pagefind bundle's fragment files (one per indexed page section) into the records the
// search shows before a fragment is fetched (src/lib/search-hits.ts). A fragment in another shape
// stops the build, naming the file and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HitRecord } from '../lib/search-hits.ts';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: unknown;
  meta?: { title?: unknown; page?: unknown };
  filters?: { kind?: unknown };
}

function readFragment(file: string): Fragment {
  try {
    const raw = gunzipSync(readFileSync(file));
    if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`no "${SIGNATURE}" signature`);
    return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}; expected a gzip Pagefind 1.x fragment`, { cause: e });
  }
}

/** Every record of `dir` (a pagefind/ folder): its id (the fragment's file name) and what it shows. */
export function readHitRecords(dir: string): HitRecord[] {
  const folder = join(dir, 'fragment');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      const d = readFragment(file);
      const kind = d.filters?.kind;
      const title = d.meta?.title;
      const page = d.meta?.page;
      if (typeof d.url !== 'string' || !d.url.startsWith('/'))
        throw new Error(`${file}: url: expected a site path, got ${JSON.stringify(d.url)}`);
      if (typeof page !== 'string' || typeof title !== 'string')
        throw new Error(`${file}: meta: expected the strings page and title (scripts/index-search.ts sets both)`);
      if (kind !== undefined && !(Array.isArray(kind) && kind.length === 1 && typeof kind[0] === 'string'))
        throw new Error(`${file}: filters.kind: expected one string`);
      const url = d.url;
      const onPage = url.split('#')[0]!;
      return {
        id: f.replace(/\.pf_fragment$/, ''),
        page: onPage,
        pageTitle: page,
        kind: (kind as string[] | undefined)?.[0] ?? '',
        url,
        title: url === onPage ? '' : title,
      };
    });
}
