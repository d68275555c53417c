/**
 * Which routes this server offers, read once from its OpenAPI document. The studio asks
 * before calling routes that newer servers add (plugin catalog, cancel, incident retry), so
 * an older server shows "not available" instead of failing requests.
 */
import { api } from './client';

type Paths = Record<string, Record<string, unknown>>;
let loading: Promise<Paths> | undefined;

function paths(): Promise<Paths> {
  loading ??= api.get<{ paths?: Paths }>('/docs/openapi.json').then(
    (doc) => doc.paths ?? {},
    (err: unknown) => {
      loading = undefined; // try again next time
      throw err;
    },
  );
  return loading;
}

const normalize = (path: string) => path.replace(/\/+$/, '').replace(/\{[^}]+\}/g, '{}');

/** Whether `method path` exists, e.g. `hasRoute('post', '/api/instances/{id}/cancel')`. */
export async function hasRoute(method: string, path: string): Promise<boolean> {
  const wanted = normalize(path);
  const all = await paths();
  return Object.entries(all).some(([p, ops]) => normalize(p) === wanted && method.toLowerCase() in ops);
}
