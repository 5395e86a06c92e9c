// src/lib is the pure layer: dependencies point one way (data ← domain ← charts ← widgets/pages),
// so nothing under src/lib may import the build side, the charts, the widgets or pages, or do file
// or network I/O (a package lookup through node:module counts: it reads the file system). Imports
// are read with the TypeScript pre-processor, so `import type`, `export … from` and dynamic
// `import()` count too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LIB = join(ROOT, 'src', 'lib');
const FORBIDDEN_DIRS = ['build', 'charts', 'components', 'widgets', 'pages', 'layouts', 'integrations'];
const FORBIDDEN_MODULES = /^(node:)?(fs|fs\/promises|child_process|http|https|net|module)$/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The imports of one file that break the rule, as "specifier (why)". */
function forbiddenImports(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.flatMap(({ fileName: spec }) => {
    if (FORBIDDEN_MODULES.test(spec)) return [`${spec} (I/O)`];
    if (!spec.startsWith('.')) return [];
    const target = relative(join(ROOT, 'src'), resolve(dirname(file), spec));
    const top = target.split(/[\\/]/)[0]!;
    return FORBIDDEN_DIRS.includes(top) ? [`${spec} (src/${top})`] : [];
  });
}

describe('src/lib imports', () => {
  it('the rule sees each kind of forbidden import', () => {
    const file = join(LIB, 'compare', 'x.ts');
    const text = [
      "import { a } from '../../build/tokenizers-node.ts';",
      "import type { B } from '../../charts/registry.ts';",
      "export { c } from '../../widgets/Chart/client.ts';",
      "const d = await import('../../components/X.astro');",
      "import { readFileSync } from 'node:fs';",
      "import { createRequire } from 'node:module';",
      "import { e } from '../view.ts';",
      "import { f } from './fields.ts';",
      "import { g } from 'd3-array';",
    ].join('\n');
    expect(forbiddenImports(file, text)).toEqual([
      '../../build/tokenizers-node.ts (src/build)',
      '../../charts/registry.ts (src/charts)',
      '../../widgets/Chart/client.ts (src/widgets)',
      '../../components/X.astro (src/components)',
      'node:fs (I/O)',
      'node:module (I/O)',
    ]);
  });

  it('no module under src/lib imports build/, charts/, components/, widgets/, pages or file/network I/O', () => {
    const files = tsFiles(LIB);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) =>
      forbiddenImports(f, readFileSync(f, 'utf8')).map((i) => `${relative(ROOT, f)} → ${i}`),
    );
    expect(found).toEqual([]);
  });
});
