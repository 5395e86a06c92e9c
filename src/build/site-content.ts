// The validated content of the site, loaded once per build process.
import { readContent } from './read-content.ts';
import { validateContent, type SiteContent } from '../lib/content/validate.ts';
import type { RawContent } from '../lib/content/types.ts';
import { chartIds } from '../charts/ids.ts';
import { cachedYamlParser } from './yaml-cache.ts';

// Validating parses every MDX body and checks every formula: seconds, not milliseconds. The
// content-check integration validates before the build, and the pages' bundle (another copy
// of this module, same process) would do it again; the result is handed over through a
// process-global slot, keyed on the exact files read and the chart ids (validateContent's
// only inputs), so an edit in between (dev server) still gets validated.
const HANDOFF = Symbol.for('prn.validated-content');
interface Handoff {
  inputs: string;
  content: SiteContent;
}
const slot = globalThis as { [HANDOFF]?: Handoff };

/** validateContent of `root`'s content/, reusing this process's last result when the files and chart ids are identical. */
export function validatedContent(
  root: string,
  raw: RawContent = readContent(root),
  ids: readonly string[] = chartIds,
): SiteContent {
  const inputs = JSON.stringify([raw, ids]);
  const last = slot[HANDOFF];
  if (last?.inputs === inputs) return last.content;
  const content = validateContent(raw, { chartIds: new Set(ids), parseYaml: cachedYamlParser(root) });
  slot[HANDOFF] = { inputs, content };
  return content;
}

// Under `astro dev` the content check validates again when a file under content/ changes
// (src/integrations/content-check.ts) and, when the content is valid, counts a new generation in
// a process-global slot: the pages' copy of this module then reads the content again (a hit in the
// handoff above). Invalid content leaves the generation alone, so pages keep the last valid content.
const GENERATION = Symbol.for('prn.content-generation');
const generation = globalThis as { [GENERATION]?: number };

/** Tells this process's siteContent() that content/ changed and the new content is valid. */
export function contentChanged(): void {
  generation[GENERATION] = (generation[GENERATION] ?? 0) + 1;
}

let cached: { generation: number; content: SiteContent } | undefined;

/** The site's validated content (of the working directory's content/), read once per content generation. */
export function siteContent(): SiteContent {
  const now = generation[GENERATION] ?? 0;
  if (cached?.generation !== now) cached = { generation: now, content: validatedContent(process.cwd()) };
  return cached.content;
}
