// Writes `_headers` into the build output from the policy module, so the headers and the pages'
// <meta> policy come from one source. The rules depend on the output's top-level folders (see
// headerRules), so they are computed from what the build wrote.
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile } from '../lib/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const entries = readdirSync(dir, { withFileTypes: true }).map((d) => ({
          name: d.name,
          isDirectory: d.isDirectory(),
        }));
        writeFileSync(new URL('_headers', dir), headersFile(headerRules(entries)));
        logger.info(`wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
