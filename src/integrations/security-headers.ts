// Writes `_headers` (Cloudflare Pages syntax) into the build output from the policy module,
// so the headers and the pages' <meta> policy come from one source.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareHeadersFile } from '../lib/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), cloudflareHeadersFile());
        logger.info(`wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
