/**
 * The typed fetch wrapper every page uses. Sends the session cookie (same origin) and, on
 * state-changing requests, the CSRF token from the login answer in `x-csrf-token`. Every
 * non-2xx answer becomes an ApiError carrying the server's stable `code` and `message`.
 */
import { ApiError } from './api-error';

const CSRF_KEY = 'playbook.csrfToken';
/** Fired on window when the server says the session is gone, so the app shows the login page. */
export const UNAUTHENTICATED_EVENT = 'playbook:unauthenticated';

let csrfToken: string | null = readStored();

function readStored(): string | null {
  try {
    return localStorage.getItem(CSRF_KEY);
  } catch {
    return null; // storage disabled: the token lives for this page only
  }
}

/** Remembers the CSRF token across reloads: /api/auth/me does not repeat it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  try {
    if (token) localStorage.setItem(CSRF_KEY, token);
    else localStorage.removeItem(CSRF_KEY);
  } catch {
    /* storage disabled */
  }
}

/** Whether this browser signed in before; without a token there is no session worth asking about. */
export function hasCsrfToken(): boolean {
  return csrfToken !== null;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(
  method: string,
  path: string,
  body: BodyInit | undefined,
  contentType: string | undefined,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', (err as Error).message);
  }
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!res.ok) {
    const err = ApiError.fromBody(res.status, parsed);
    if (res.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    throw err;
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    request<T>(
      'POST',
      path,
      body === undefined ? undefined : JSON.stringify(body),
      body === undefined ? undefined : 'application/json',
      opts,
    ),
  postXml: <T>(path: string, xml: string, opts?: RequestOptions) =>
    request<T>('POST', path, xml, 'application/xml', opts),
  /** multipart/form-data; the browser sets the boundary. */
  upload: <T>(path: string, form: FormData, opts?: RequestOptions) => request<T>('POST', path, form, undefined, opts),
};
