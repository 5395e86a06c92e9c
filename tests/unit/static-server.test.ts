import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';

// The bench and the browser tests serve dist/ through this server; a rebuilt dist/ behind a
// running server must be served as rebuilt, compressed or not.
describe('static server', () => {
  it('gzips text and serves a rewritten file as rewritten, not an earlier compressed copy', async () => {
    const root = mkdtempSync(join(tmpdir(), 'prn-static-'));
    writeFileSync(join(root, 'index.html'), '<p>first build</p>'.repeat(50));
    const s = await startStaticServer({ root, port: 0 });
    try {
      const get = async () => {
        const r = await fetch(`${s.url}/`, { headers: { 'accept-encoding': 'gzip' } });
        return { encoding: r.headers.get('content-encoding'), text: await r.text() };
      };
      const first = await get();
      expect(first.encoding).toBe('gzip');
      expect(first.text).toContain('first build');
      writeFileSync(join(root, 'index.html'), '<p>second build</p>'.repeat(50));
      const second = await get();
      expect(second.text).toContain('second build');
      expect(second.text).not.toContain('first build');
      const last = s.sent.at(-1)!;
      expect(last.encoding).toBe('gzip');
    } finally {
      await s.close();
    }
  });
});
