/**
 * `npm run gen` writes the types of every form into forms/generated/.
 * `npm run gen:check` generates into a temporary folder and fails when forms/generated differs
 * (a form changed without regenerating, or a generated file was edited by hand).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FormTypesError, GENERATED_DIR, generateFormTypes } from './lib/form-types.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const target = path.join(repoRoot, GENERATED_DIR);

async function writeAll(dir: string, files: Map<string, string>): Promise<void> {
  for (const [file, content] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Files that differ between two folders: missing, extra or changed. */
async function compareFolders(expectedDir: string, actualDir: string): Promise<string[]> {
  const expected = await listFiles(expectedDir);
  const actual = await listFiles(actualDir);
  const stale: string[] = [];
  for (const file of expected) {
    if (!actual.includes(file)) stale.push(`missing  ${file}`);
    else if (
      (await readFile(path.join(expectedDir, file), 'utf8')) !== (await readFile(path.join(actualDir, file), 'utf8'))
    )
      stale.push(`changed  ${file}`);
  }
  for (const file of actual) if (!expected.includes(file)) stale.push(`extra    ${file}`);
  return stale;
}

async function main(check: boolean): Promise<number> {
  const files = await generateFormTypes(repoRoot);
  if (!check) {
    await rm(target, { recursive: true, force: true });
    await writeAll(target, files);
    console.log(`Wrote ${files.size} files to ${GENERATED_DIR}/`);
    return 0;
  }
  const temp = await mkdtemp(path.join(tmpdir(), 'form-types-'));
  try {
    await writeAll(temp, files);
    const stale = await compareFolders(temp, target);
    if (stale.length === 0) {
      console.log(`${GENERATED_DIR}/ is up to date (${files.size} files).`);
      return 0;
    }
    console.error(
      `${GENERATED_DIR}/ is stale; run \`npm run gen\` and commit the result:\n${stale.map((s) => `  ${s}`).join('\n')}`,
    );
    return 1;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof FormTypesError ? err.message : err);
    process.exit(1);
  },
);
