// The validator's YAML parse, cached on disk by the text's hash: the same values as `yaml`,
// the same errors, and nothing stored that JSON would change.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cachedYamlParser } from '../../src/build/yaml-cache.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { readContent } from '../../src/build/read-content.ts';
import { chartIds } from '../../src/charts/ids.ts';

const root = mkdtempSync(join(tmpdir(), 'prn-yaml-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cacheFiles = () => {
  try {
    return readdirSync(join(root, 'node_modules', '.cache', 'prn-yaml', 'missing'));
  } catch {
    return [];
  }
};

describe('the cached YAML parse', () => {
  it('gives yaml’s value, then serves the same text from its cache file', () => {
    const text = 'id: qwen\nscores: [1.5, 2, "3"]\nnested: { a: null, b: true }\n';
    const first = cachedYamlParser(root)(text);
    expect(first).toEqual(parse(text));
    const [file] = cacheFiles();
    expect(file).toMatch(/^[0-9a-f]{64}\.json$/);
    // a planted entry is what a second parser (the next build) returns: it did not parse again
    const path = join(root, 'node_modules', '.cache', 'prn-yaml', 'missing', file!);
    writeFileSync(path, JSON.stringify({ planted: true }));
    expect(cachedYamlParser(root)(text)).toEqual({ planted: true });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ planted: true });
  });

  it('throws yaml’s own error for bad YAML, every time, and stores nothing', () => {
    const before = cacheFiles().length;
    const bad = 'a: [1, 2\nb: 3\n';
    let expected = '';
    try {
      parse(bad);
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(expected).not.toBe('');
    for (let i = 0; i < 2; i++) expect(() => cachedYamlParser(root)(bad)).toThrow(expected);
    expect(cacheFiles().length).toBe(before);
  });

  it('stores nothing JSON would change (infinity, −0), and still returns it', () => {
    const before = cacheFiles().length;
    expect(cachedYamlParser(root)('a: .inf\n')).toEqual({ a: Infinity });
    expect(Object.is((cachedYamlParser(root)('b: -0\n') as { b: number }).b, -0)).toBe(true);
    expect(cacheFiles().length).toBe(before);
  });

  it('leaves the validated site content exactly as the plain parse gives it', () => {
    const raw = readContent(process.cwd());
    const ids = new Set(chartIds);
    const plain = validateContent(raw, { chartIds: ids });
    const parseOnce = cachedYamlParser(root);
    expect(validateContent(raw, { chartIds: ids, parseYaml: parseOnce })).toEqual(plain);
    expect(validateContent(raw, { chartIds: ids, parseYaml: cachedYamlParser(root) })).toEqual(plain);
  });
});
