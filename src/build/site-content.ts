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

let cached: SiteContent | undefined;

export function siteContent(): SiteContent {
  cached ??= validatedContent(process.cwd());
  return cached;
}
