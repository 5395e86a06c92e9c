// Mutation pass (run on demand, not in CI): applies one realistic regression of
// scripts/mutations.ts at a time, runs the narrowest test command that should catch it, restores
// the file (always — also on a failing command, an exception or Ctrl-C, which stops the running command) and prints a table
// mutation → command → caught / missed with the share caught; the table also goes to a file.
//   npm run mutate                      every mutation that needs no rebuild
//   npm run mutate -- --with-build      also those in bundled code (a site build each, then e2e)
//   npm run mutate -- <name> [<name>…]  only the named mutations
//   --out <file>                        where the table goes (default test-results/mutation-report.md)
//   --no-baseline                       skip running each command once on the unmutated source
// Before mutating, each distinct command runs once on the real source: a command that already
// fails there would "catch" everything, so its mutations are reported as "baseline fails".
// A mutation of a public/ file is copied into dist/ as well (the build copies public/ verbatim),
// so its browser test needs no rebuild; browser tests need a built dist/ and use TEST_PORT.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MUTATIONS, type Mutation } from './mutations.ts';

const ROOT = join(import.meta.dirname, '..');
const PORT = process.env.TEST_PORT ?? '4321';

let current: ChildProcess | undefined;

/** Runs a command asynchronously, so a signal (Ctrl-C) is handled while it runs. */
function run(cmd: readonly string[]): Promise<{ code: number; tail: string }> {
  return new Promise((done) => {
    const child = spawn(cmd[0]!, cmd.slice(1), {
      cwd: ROOT,
      env: { ...process.env, TEST_PORT: PORT, FORCE_COLOR: '0' },
    });
    current = child;
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
    child.stderr.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
    child.on('close', (code) => {
      current = undefined;
      done({ code: code ?? 1, tail: out.trim().split('\n').slice(-3).join(' | ') });
    });
  });
}

const restores = new Map<string, string>();
function restoreAll(): void {
  for (const [file, text] of restores) {
    writeFileSync(join(ROOT, file), text);
    if (file.startsWith('public/') && existsSync(join(ROOT, 'dist')))
      copyFileSync(join(ROOT, file), join(ROOT, 'dist', file.slice('public/'.length)));
  }
  restores.clear();
}
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    current?.kill('SIGTERM');
    restoreAll();
    process.exit(130);
  });

function apply(m: Mutation): void {
  const path = join(ROOT, m.file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(m.from);
  if (at < 0 || text.indexOf(m.from, at + 1) >= 0)
    throw new Error(`${m.file}: "${m.from}" must occur exactly once (the source moved: update the mutation)`);
  restores.set(m.file, text);
  writeFileSync(path, text.slice(0, at) + m.to + text.slice(at + m.from.length));
  if (m.file.startsWith('public/')) copyFileSync(path, join(ROOT, 'dist', m.file.slice('public/'.length)));
}

/** Refuses a tree with uncommitted changes: restoring a file must give back exactly the commit. */
function assertCleanTree(): void {
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  if (status.status !== 0) throw new Error(`mutate: git status failed: ${status.stderr}`);
  if (status.stdout.trim())
    throw new Error(`mutate: the working tree has uncommitted changes; commit or stash them first:\n${status.stdout}`);
}

const shown = (cmd: readonly string[]) => cmd.slice(1).join(' ');

/** Runs each distinct command once without a mutation; returns those that fail already. */
async function failingBaselines(chosen: readonly Mutation[]): Promise<Set<string>> {
  const failing = new Set<string>();
  for (const cmd of new Map(chosen.map((m) => [shown(m.cmd), m.cmd])).values()) {
    const r = await run(cmd);
    console.log(`baseline ${r.code === 0 ? 'passes' : 'FAILS '}: ${shown(cmd)}`);
    if (r.code !== 0) failing.add(shown(cmd));
  }
  return failing;
}

async function tryMutation(m: Mutation): Promise<string> {
  try {
    apply(m);
    const b = m.build ? await run(['npm', 'run', 'build']) : { code: 0, tail: '' };
    if (b.code !== 0) return `build failed (${b.tail})`;
    return (await run(m.cmd)).code !== 0 ? 'caught' : 'MISSED';
  } catch (e) {
    return `error: ${(e as Error).message}`;
  } finally {
    restoreAll();
  }
}

function options(args: readonly string[]) {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1]! : 'test-results/mutation-report.md';
  const names = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const withBuild = args.includes('--with-build');
  const chosen = MUTATIONS.filter((m) => (names.length ? names.includes(m.name) : withBuild || !m.build));
  const unknown = names.filter((n) => !MUTATIONS.some((m) => m.name === n));
  if (unknown.length) throw new Error(`mutate: no mutation named ${unknown.map((n) => `"${n}"`).join(', ')}`);
  return { out: resolve(ROOT, out), chosen, baseline: !args.includes('--no-baseline') };
}

async function main(): Promise<void> {
  const { out, chosen, baseline } = options(process.argv.slice(2));
  assertCleanTree();
  if (chosen.some((m) => m.cmd.includes('playwright')) && !existsSync(join(ROOT, 'dist')))
    throw new Error('mutate: browser tests need a built dist/ (npm run build) first');
  const failing = baseline ? await failingBaselines(chosen) : new Set<string>();
  const rows: string[] = [];
  let caught = 0;
  for (const m of chosen) {
    const started = Date.now();
    const result = failing.has(shown(m.cmd)) ? 'baseline fails' : await tryMutation(m);
    if (result === 'caught') caught += 1;
    const secs = Math.round((Date.now() - started) / 1000);
    const line = `| ${m.name} | \`${m.file}\` | \`${shown(m.cmd)}\`${m.build ? ' (after a build)' : ''} | ${result} | ${secs} |`;
    console.log(line);
    rows.push(line);
  }
  if (chosen.some((m) => m.build)) await run(['npm', 'run', 'build']); // leave dist/ built from the real source
  const report = [
    '| mutation | file | test command | result | s |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `${caught} of ${chosen.length} caught (${Math.round((100 * caught) / Math.max(chosen.length, 1))} %)`,
  ].join('\n');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${report}\n`);
  console.log(`\n${report}\n(written to ${out})`);
  process.exit(caught === chosen.length ? 0 : 1);
}

await main();
