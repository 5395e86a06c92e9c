// Parsed YAML of content files, kept on disk by the hash of the text. Parsing content/ with the
// `yaml` package is half a second of the validator's time on every build, before Astro starts,
// and the files rarely change between builds. A parse error is never cached: it is thrown again,
// so the validator reports the same file, line and message. Only values that JSON carries exactly
// (plain objects, arrays, strings, finite numbers other than −0, booleans, null) are stored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeEntryAtomically } from './export-cache.ts';
import { packageVersion } from './export-inputs.ts';

function jsonExact(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonExact);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.values(v as Record<string, unknown>).every(jsonExact);
  return false;
}

/** `yaml`'s parse, answered from node_modules/.cache/prn-yaml/ when the same text was parsed before. */
export function cachedYamlParser(root = process.cwd()): (text: string) => unknown {
  const dir = join(root, 'node_modules', '.cache', 'prn-yaml', packageVersion(root, 'yaml'));
  return (text) => {
    const file = join(dir, `${createHash('sha256').update(text).digest('hex')}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch {
      // not cached yet (or unreadable): parse, and store what JSON carries exactly
    }
    const value = parse(text) as unknown;
    if (jsonExact(value)) {
      try {
        mkdirSync(dir, { recursive: true });
        writeEntryAtomically(file, JSON.stringify(value));
      } catch {
        // a cache that cannot be written only costs the next build this parse
      }
    }
    return value;
  };
}
