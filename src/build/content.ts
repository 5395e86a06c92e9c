import { makeLookup, type Lookup } from '../lib/content/lookup.ts';
import { siteContent } from './site-content.ts';
import type { SiteContent } from '../lib/content/types.ts';

let lookup: { of: SiteContent; value: Lookup } | undefined;
/** The site's content lookups, built once per build (and again when `astro dev` sees content change). */
export function content(): Lookup {
  const c = siteContent();
  if (lookup?.of !== c) lookup = { of: c, value: makeLookup(c) };
  return lookup.value;
}
export { siteContent };
