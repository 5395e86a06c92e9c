import { makeLookup, type Lookup } from '../lib/content/lookup.ts';
import { siteContent } from './site-content.ts';

let lookup: Lookup | undefined;
/** The site's content lookups, built once per build. */
export function content(): Lookup {
  lookup ??= makeLookup(siteContent());
  return lookup;
}
export { siteContent };
