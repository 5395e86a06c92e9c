// The validated content of the site, loaded once per build process.
import { readContent } from './read-content.ts';
import { validateContent, type SiteContent } from '../lib/content/validate.ts';
import { chartIds } from '../charts/ids.ts';

let cached: SiteContent | undefined;

export function siteContent(): SiteContent {
  cached ??= validateContent(readContent(process.cwd()), {
    chartIds: new Set(chartIds),
  });
  return cached;
}
