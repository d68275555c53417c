/**
 * The platform's core workflows (workflows/<name>/process.bpmn: incident response, trusted-client
 * onboarding, shift handover), by process key. Industry playbooks call them; installing such a
 * playbook deploys the ones it needs that are not deployed yet.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const PROCESS_ID = /<(?:[\w-]+:)?process\b[^>]*?\sid="([^"]+)"/;

/** Process key → BPMN XML of every `workflows/<name>/process.bpmn` under `repoRoot`. */
export async function readCoreWorkflows(repoRoot: string): Promise<Map<string, string>> {
  const dir = path.join(repoRoot, 'workflows');
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const found = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name, 'process.bpmn');
    const xml = await readFile(file, 'utf8').catch(() => undefined);
    const key = xml && PROCESS_ID.exec(xml)?.[1];
    if (xml && key) found.set(key, xml);
  }
  return found;
}
