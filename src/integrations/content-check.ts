// Fails `astro build`/`astro dev` before anything is written when content is invalid,
// with the validator's file/field/expectation messages. Under `astro dev` it checks again on
// every change under content/: valid content reaches the pages (and the browser reloads), invalid
// content is reported in the terminal and in the browser's error overlay while the pages keep the
// last valid content.
import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentChanged, validatedContent } from '../build/site-content.ts';

/** How long the content files must be quiet before the dev server checks them again. */
const QUIET_MS = 150;
/** The same after an MDX edit: long enough for Astro to render the page it reloads for the edit. */
const MDX_CHECK_DELAY_MS = 3000;

export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // preview only serves dist/, which a passing build already checked
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        // validatedContent: the pages' siteContent() reuses this result (issue 12)
        const c = validatedContent(root);
        const rows = c.tables.reduce((n, t) => n + t.rows.length, 0);
        logger.info(`content ok: ${c.reviews.length} reviews, ${c.concepts.length} concepts, ${rows} result rows`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content') + sep;
        const client = server.environments.client.hot;
        const check = (what: string, reload: boolean) => {
          try {
            validatedContent(root);
          } catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            logger.error(message);
            client.send({ type: 'error', err: { message, stack: '' } });
            return;
          }
          logger.info(`content ok after ${what}`);
          contentChanged();
          if (reload) client.send({ type: 'full-reload', path: '*' });
        };
        // A save can reach the watcher as several events (a truncate, then the write): each check
        // waits until the content files have been quiet for a moment, so it reads whole files. An
        // MDX edit reaches the page through Astro, which renders the entry again and reloads the
        // browser itself; checking the whole content takes ~250 ms of this process's only thread,
        // which would delay that page by as much, so after an MDX edit the check waits longer.
        // The YAML data is ours to announce: no one else reloads the browser for it.
        let pending: ReturnType<typeof setTimeout> | undefined;
        let yamlChanged = false;
        server.watcher.on('all', (event, file) => {
          if (!file.startsWith(contentDir) || !['add', 'change', 'unlink'].includes(event)) return;
          const what = `${event} ${file.slice(root.length)}`;
          const mdx = file.endsWith('.mdx');
          yamlChanged ||= !mdx;
          clearTimeout(pending);
          pending = setTimeout(
            () => {
              const reload = yamlChanged;
              yamlChanged = false;
              check(what, reload);
            },
            mdx ? MDX_CHECK_DELAY_MS : QUIET_MS,
          );
        });
      },
    },
  };
}
