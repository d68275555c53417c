/**
 * `npm run bench:browser`: how long the studio takes in a real browser to open a 200-element
 * diagram in the modeler and to render a 100-field form, next to an empty page measured in
 * the same run. Each case runs in a fresh browser context (cold cache) several times; the
 * time is from navigation start to the page's `ready` mark. `--write` updates docs/benchmarks.md.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../../test/browser/support/chromium.js';
import { generateDiagram, generateForm } from './generate.js';
import { serveFolder } from './serve-folder.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DIAGRAM_ELEMENTS = 200;
const FORM_FIELDS = 100;

async function buildHarness(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'ps-bench-'));
  process.env.NODE_ENV = 'production'; // React's production build, as users get it
  await build({
    configFile: path.join(repoRoot, 'studio/web/vite.config.ts'),
    root: path.join(repoRoot, 'studio/web/bench'),
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000, // one page holds the modeler and the form renderer
      rollupOptions: {
        input: {
          index: path.join(repoRoot, 'studio/web/bench/index.html'),
          empty: path.join(repoRoot, 'studio/web/bench/empty.html'),
        },
      },
    },
  });
  await writeFile(path.join(out, 'diagram.bpmn'), generateDiagram(DIAGRAM_ELEMENTS));
  await writeFile(path.join(out, 'form.json'), JSON.stringify(generateForm(FORM_FIELDS)));
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  console.log(`building the harness, then ${RUNS} runs per case`);
  const server = await serveFolder(await buildHarness());
  const browser = await launchChromium();
  const cases = [
    { name: 'empty page (baseline)', url: '/empty.html' },
    { name: `modeler: open a ${DIAGRAM_ELEMENTS}-element diagram`, url: '/index.html?case=diagram' },
    { name: `form: render ${FORM_FIELDS} fields`, url: '/index.html?case=form' },
  ];
  const results: Array<{ name: string; times: number[]; work: number[] }> = [];
  try {
    for (const c of cases) {
      const times: number[] = [];
      const work: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(`${server.url}${c.url}`);
        await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0, undefined, {
          timeout: 60_000,
        });
        if (errors.length) throw new Error(`${c.name}: ${errors.join('; ')}`);
        const [start, ready] = await page.evaluate(() =>
          ['start', 'ready'].map((n) => performance.getEntriesByName(n)[0]!.startTime),
        );
        times.push(ready!);
        work.push(ready! - start!);
        await context.close();
      }
      results.push({ name: c.name, times, work });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const base = median(results[0]!.times);
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${median(r.times).toFixed(0)} | ${Math.min(...r.times).toFixed(0)}–${Math.max(...r.times).toFixed(0)} | ${(median(r.times) / base).toFixed(1)}× | ${median(r.work).toFixed(0)} |`,
  );
  const table = [
    '| case | ready after navigation, median ms | range ms | vs. baseline | of which after the script loaded, ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  console.log(`\n${table}\n`);
  if (process.argv.includes('--write')) await writeSection(table);
}

async function writeSection(table: string): Promise<void> {
  const file = path.join(repoRoot, 'docs/benchmarks.md');
  const start = '<!-- bench:browser:start -->';
  const end = '<!-- bench:browser:end -->';
  const body = `${start}\n_Measured ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs per case, Chromium ${'(Debian)'}, production build, cold cache per run._\n\n${table}\n${end}`;
  let doc = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  doc = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), body)
    : `${doc.trimEnd()}\n\n${body}\n`;
  await writeFile(file, doc);
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
