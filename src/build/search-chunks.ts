// Rewrites a Pagefind bundle's word index as small chunks (the plan is src/lib/search-chunks.ts):
// reads pagefind-entry.json, each language's .pf_meta and its .pf_index chunks, writes the new
// chunks and a new meta under new content hashes, points the entry at them and removes the old
// files. Anything in an unexpected shape stops the build naming the file, before a byte is written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, KEEP_PREFIX, planChunks, type Cbor, type ChunkOptions } from '../lib/search-chunks.ts';

const SIGNATURE = 'pagefind_dcd';
/** ~2.5 KB gzip per chunk; see the README's search "Sizes and speed" for the measured choice. */
export const CHUNK_OPTIONS: ChunkOptions = { targetBytes: 4000, keepPrefix: KEEP_PREFIX };

function readPagefindFile(file: string): Cbor {
  try {
    const raw = gunzipSync(readFileSync(file));
    if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE)
      throw new Error(`no "${SIGNATURE}" signature`);
    return decodeCbor(raw.subarray(SIGNATURE.length));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}; expected a gzip Pagefind 1.x file`, { cause: e });
  }
}

function pagefindBytes(value: Cbor): Buffer {
  const body = encodeCbor(value);
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), body]), { level: 9 });
}

/** Pagefind's naming: language, underscore, the start of the content's SHA-256, longer on a clash. */
function hashName(lang: string, bytes: Buffer, length: number, taken: Set<string>): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  let n = length;
  while (taken.has(`${lang}_${hex.slice(0, n)}`)) n += 1;
  const name = `${lang}_${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

interface MetaChunk {
  from: string;
  to: string;
  hash: string;
}

/** The meta's chunk list ([version, pages, chunks, filters, …]), checked field by field. */
function metaChunks(meta: Cbor, file: string): MetaChunk[] {
  const list = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(list))
    throw new Error(`${file}: expected [version, pages, index_chunks, …] as Pagefind 1.x writes it`);
  return list.map((c, k) => {
    if (!Array.isArray(c) || c.length !== 3 || !c.every((x) => typeof x === 'string'))
      throw new Error(`${file}: index_chunks[${k}]: expected [from, to, hash]`);
    return { from: c[0] as string, to: c[1] as string, hash: c[2] as string };
  });
}

export interface RechunkReport {
  language: string;
  chunksBefore: number;
  chunksAfter: number;
  /** Gzip bytes of the largest chunk after the rewrite. */
  largestAfter: number;
}

/** Rewrites one language of the bundle in `dir`; see the header. */
function rechunkLanguage(dir: string, lang: string, metaHash: string, opts: ChunkOptions) {
  const metaFile = join(dir, `pagefind.${metaHash}.pf_meta`);
  const meta = readPagefindFile(metaFile) as Cbor[];
  const old = metaChunks(meta, metaFile);
  const entries = old.flatMap(({ hash }) => {
    const file = join(dir, 'index', `${hash}.pf_index`);
    const chunk = readPagefindFile(file);
    if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0]))
      throw new Error(`${file}: expected [words] as Pagefind 1.x writes it`);
    return chunk[0];
  });
  const plan = planChunks(entries, opts);
  const taken = new Set<string>();
  const files = plan.chunks.map((words) => {
    const bytes = pagefindBytes([words]);
    return { name: hashName(lang, bytes, 7, taken), bytes };
  });
  const newMeta = [...meta];
  newMeta[2] = plan.ranges.map((r, k) => [r.from, r.to, files[k]!.name]);
  const metaBytes = pagefindBytes(newMeta);
  const newMetaHash = hashName(lang, metaBytes, metaHash.length - lang.length - 1, new Set([metaHash]));
  return {
    write(): RechunkReport {
      for (const f of files) writeFileSync(join(dir, 'index', `${f.name}.pf_index`), f.bytes);
      writeFileSync(join(dir, `pagefind.${newMetaHash}.pf_meta`), metaBytes);
      const fresh = new Set(files.map((f) => f.name));
      for (const { hash } of old) if (!fresh.has(hash)) rmSync(join(dir, 'index', `${hash}.pf_index`));
      rmSync(metaFile);
      return {
        language: lang,
        chunksBefore: old.length,
        chunksAfter: files.length,
        largestAfter: Math.max(...files.map((f) => f.bytes.length)),
      };
    },
    newMetaHash,
  };
}

/** Rewrites every language of the Pagefind bundle in `dir` (e.g. dist/pagefind). */
export function rechunkPagefind(dir: string, opts: ChunkOptions = CHUNK_OPTIONS): RechunkReport[] {
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`${entryFile}: missing; run Pagefind first`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const langs = Object.entries(entry.languages ?? {});
  if (!langs.length) throw new Error(`${entryFile}: field "languages" is empty; expected one entry per language`);
  // plan every language first, so a bad file stops the build before anything is rewritten
  const plans = langs.map(([lang, v]) => {
    if (typeof v.hash !== 'string') throw new Error(`${entryFile}: languages.${lang}.hash: expected a string`);
    return { lang, v, plan: rechunkLanguage(dir, lang, v.hash, opts) };
  });
  const reports = plans.map(({ v, plan }) => {
    const r = plan.write();
    v.hash = plan.newMetaHash;
    return r;
  });
  writeFileSync(entryFile, JSON.stringify(entry));
  return reports;
}
