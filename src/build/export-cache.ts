// Build-time export cache: an exported file (chart/table PNG, SVG, CSV, and later slide
// images, .pptx packs, OG images) is rendered once per distinct input and reused by later
// builds. The key is a SHA-256 of the export kind and its plain inputs (callers include
// renderer and font versions in the inputs), so a changed input is a different entry and
// nothing is ever invalidated by time.
//
// The folder lives outside dist/ (node_modules/.cache/prn-exports/), so a failed or
// interrupted build never removes it; every entry is written to a temporary file and
// renamed into place, and every entry carries a digest of its payload, so a torn or
// corrupted file is ignored (re-rendered and replaced) instead of being served.
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Plain serialisable data: what an export's output depends on. */
export type ExportInputs =
  | string
  | number
  | boolean
  | null
  | Uint8Array
  | readonly ExportInputs[]
  | { readonly [k: string]: ExportInputs | undefined };

export type Rendered = string | Uint8Array;

export interface ExportCacheStats {
  hits: number;
  misses: number;
}

export interface ExportCache {
  readonly dir: string;
  readonly stats: ExportCacheStats;
  cachedExport(kind: string, inputs: ExportInputs, render: () => string | Promise<string>): Promise<string>;
  cachedExport(kind: string, inputs: ExportInputs, render: () => Uint8Array | Promise<Uint8Array>): Promise<Uint8Array>;
  /** The same for renderers that are synchronous and called from synchronous code. */
  cachedExportSync(kind: string, inputs: ExportInputs, render: () => string): string;
  cachedExportSync(kind: string, inputs: ExportInputs, render: () => Uint8Array): Uint8Array;
}

/** Bump when the entry format changes. */
const FORMAT = 'prn-exports/v1';
const MAGIC = Buffer.from('PRNX1\n', 'latin1');
const DIGEST_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 1 + DIGEST_BYTES; // magic, payload type ('t' text | 'b' bytes), digest

/** JSON with sorted keys; rejects what cannot be part of a reproducible key. */
export function stableStringify(value: unknown, path = 'inputs'): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path}: a finite number, got ${value}`);
    return JSON.stringify(value);
  }
  if (value instanceof Uint8Array) return JSON.stringify({ $bytes: createHash('sha256').update(value).digest('hex') });
  if (Array.isArray(value)) return `[${value.map((v, i) => stableStringify(v, `${path}[${i}]`)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k], `${path}.${k}`)}`).join(',')}}`;
  }
  throw new TypeError(
    `${path}: plain data (string, number, boolean, null, bytes, array, plain object), got ${typeof value === 'object' ? (value?.constructor?.name ?? 'object') : typeof value}`,
  );
}

export function exportKey(kind: string, inputs: ExportInputs): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(kind))
    throw new TypeError(`export kind: lower-case letters, digits, "." or "-", got "${kind}"`);
  return createHash('sha256')
    .update(`${FORMAT}\0${kind}\0${stableStringify(inputs)}`)
    .digest('hex');
}

function encodeEntry(payload: Buffer, text: boolean): Buffer {
  const digest = createHash('sha256').update(payload).digest();
  return Buffer.concat([MAGIC, Buffer.from(text ? 't' : 'b', 'latin1'), digest, payload]);
}

/** The payload of a complete, intact entry; undefined for anything else. */
function decodeEntry(file: Buffer): { payload: Buffer; text: boolean } | undefined {
  if (file.length < HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const type = String.fromCharCode(file[MAGIC.length]!);
  if (type !== 't' && type !== 'b') return undefined;
  const digest = file.subarray(MAGIC.length + 1, HEADER_BYTES);
  const payload = file.subarray(HEADER_BYTES);
  if (!createHash('sha256').update(payload).digest().equals(digest)) return undefined;
  return { payload, text: type === 't' };
}

function readEntry(path: string): { payload: Buffer; text: boolean } | undefined {
  try {
    return decodeEntry(readFileSync(path));
  } catch {
    return undefined; // missing or unreadable: a miss
  }
}

/** Temp file in the same folder, then rename: readers see the old entry or the whole new one. */
export function writeEntryAtomically(path: string, data: Buffer | string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function createExportCache(dir: string): ExportCache {
  const stats: ExportCacheStats = { hits: 0, misses: 0 };
  const lookup = (kind: string, key: string) => {
    const folder = join(dir, kind);
    const path = join(folder, `${key}.bin`);
    const hit = readEntry(path);
    if (hit) stats.hits += 1;
    else {
      stats.misses += 1;
      // `npm run bench` counts renders through this log (a warm build must render nothing)
      if (process.env.PRN_EXPORT_CACHE_LOG) appendFileSync(process.env.PRN_EXPORT_CACHE_LOG, `${kind} ${key}\n`);
    }
    return { folder, path, hit: hit && (hit.text ? hit.payload.toString('utf8') : new Uint8Array(hit.payload)) };
  };
  const store = (kind: string, folder: string, path: string, out: Rendered): Rendered => {
    const text = typeof out === 'string';
    const payload = text ? Buffer.from(out, 'utf8') : Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    try {
      mkdirSync(folder, { recursive: true });
      writeEntryAtomically(path, encodeEntry(payload, text));
    } catch (e) {
      // A cache that cannot be written (full disk, read-only folder) costs speed, not the build.
      console.warn(`export cache: could not store ${kind} entry in ${folder}: ${(e as Error).message}`);
    }
    return out;
  };
  // A build rendering pages concurrently (astro.config.ts build.concurrency) asks for the same
  // export from two pages at once (a chart's SVG for its .svg and its .png): the second waits
  // for the first render instead of rendering it again.
  const pending = new Map<string, Promise<Rendered>>();
  function cachedExport(
    kind: string,
    inputs: ExportInputs,
    render: () => Rendered | Promise<Rendered>,
  ): Promise<Rendered> {
    const key = exportKey(kind, inputs);
    const running = pending.get(`${kind}/${key}`);
    if (running) return running;
    const { folder, path, hit } = lookup(kind, key);
    if (hit) return Promise.resolve(hit);
    const job = (async () => store(kind, folder, path, await render()))().finally(() =>
      pending.delete(`${kind}/${key}`),
    );
    pending.set(`${kind}/${key}`, job);
    return job;
  }
  function cachedExportSync(kind: string, inputs: ExportInputs, render: () => Rendered): Rendered {
    const { folder, path, hit } = lookup(kind, exportKey(kind, inputs));
    return hit ?? store(kind, folder, path, render());
  }
  return {
    dir,
    stats,
    cachedExport: cachedExport as ExportCache['cachedExport'],
    cachedExportSync: cachedExportSync as ExportCache['cachedExportSync'],
  };
}

/** node_modules/.cache/prn-exports/ of the project being built; PRN_EXPORT_CACHE_DIR overrides it. */
export function defaultExportCacheDir(root = process.cwd()): string {
  return process.env.PRN_EXPORT_CACHE_DIR || join(root, 'node_modules', '.cache', 'prn-exports');
}

let shared: ExportCache | undefined;

/** The build's export cache (one per process). */
export function exportCache(): ExportCache {
  shared ??= createExportCache(defaultExportCacheDir());
  return shared;
}

/** `cachedExport(kind, inputs, render)`: render's result for these inputs, from the cache when present. */
export function cachedExport(
  kind: string,
  inputs: ExportInputs,
  render: () => string | Promise<string>,
): Promise<string>;
export function cachedExport(
  kind: string,
  inputs: ExportInputs,
  render: () => Uint8Array | Promise<Uint8Array>,
): Promise<Uint8Array>;
export function cachedExport(
  kind: string,
  inputs: ExportInputs,
  render: () => Rendered | Promise<Rendered>,
): Promise<Rendered> {
  return exportCache().cachedExport(kind, inputs, render as () => string);
}

export function cachedExportSync(kind: string, inputs: ExportInputs, render: () => string): string;
export function cachedExportSync(kind: string, inputs: ExportInputs, render: () => Uint8Array): Uint8Array;
export function cachedExportSync(kind: string, inputs: ExportInputs, render: () => Rendered): Rendered {
  return exportCache().cachedExportSync(kind, inputs, render as () => string);
}
