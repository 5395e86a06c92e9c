// Fails `astro build`/`astro dev` before anything is written when content is invalid,
// with the validator's file/field/expectation messages.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validatedContent } from '../build/site-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // preview only serves dist/, which a passing build already checked
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        // validatedContent: the pages' siteContent() reuses this result (issue 12)
        const c = validatedContent(root);
        const rows = c.tables.reduce((n, t) => n + t.rows.length, 0);
        logger.info(`content ok: ${c.reviews.length} reviews, ${c.concepts.length} concepts, ${rows} result rows`);
      },
    },
  };
}
