/**
 * `npm run plugin:new -- <id> [--dir <folder>]`: creates a working plugin (manifest, activity,
 * form, playbook with golden runs, tests) in `plugins/<id>/`, then regenerates the form types.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { scaffoldPlugin, ScaffoldError } from './lib/plugin-scaffold.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const USAGE =
  'usage: npm run plugin:new -- <plugin-id> [--dir <parent folder>]   (e.g. npm run plugin:new -- acme-retail)';

async function main(args: string[]): Promise<number> {
  const dirAt = args.indexOf('--dir');
  const parentDir = dirAt === -1 ? undefined : args[dirAt + 1];
  const positional = args.filter((arg, i) => !arg.startsWith('--') && (dirAt === -1 || i !== dirAt + 1));
  if (positional.length !== 1 || (dirAt !== -1 && !parentDir)) {
    console.error(USAGE);
    return 2;
  }
  const { dir, files } = await scaffoldPlugin({ id: positional[0]!, parentDir: parentDir && path.resolve(parentDir) });
  const shown = path.relative(process.cwd(), dir) || '.';
  console.log(`Created ${shown}/:\n${files.map((f) => `  ${f}`).join('\n')}`);
  // Forms in plugins/*/forms get generated types; keep forms/generated in step (npm run gen:check).
  if (path.dirname(dir) === path.join(repoRoot, 'plugins')) {
    const gen = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-form-types.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (gen.status !== 0) console.error('Generating form types failed; run `npm run gen` yourself.');
  }
  console.log(`\nNext: npx vitest run ${shown}   (then read docs/plugin-guide.md)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ScaffoldError ? err.message : err);
    process.exit(1);
  },
);
