/** The inbox's filters, kept in the URL so a filtered view can be bookmarked and shared. */
import type { Query } from '../api/client';

export const SCOPES = ['mine', 'groups', 'started', 'completed', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export const PAGE_SIZE = 20;

export interface InboxFilters {
  scope: Scope;
  processKey?: string;
  businessKey?: string;
  sla?: 'onTime' | 'dueSoon' | 'overdue';
  sort: 'dueAt' | 'createdAt' | 'priority';
  order: 'asc' | 'desc';
  page: number;
}

export function readFilters(search: URLSearchParams): InboxFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = search.get(name) as T | null;
    return v && allowed.includes(v) ? v : fallback;
  };
  const sla = search.get('sla');
  return {
    scope: pick('scope', SCOPES, 'mine'),
    processKey: search.get('processKey') ?? undefined,
    businessKey: search.get('businessKey') ?? undefined,
    sla: sla === 'onTime' || sla === 'dueSoon' || sla === 'overdue' ? sla : undefined,
    sort: pick('sort', ['dueAt', 'createdAt', 'priority'] as const, 'dueAt'),
    order: pick('order', ['asc', 'desc'] as const, 'asc'),
    page: Math.max(1, Number(search.get('page') ?? 1) || 1),
  };
}

export function toQuery(f: InboxFilters): Query {
  return {
    scope: f.scope,
    processKey: f.processKey,
    businessKey: f.businessKey,
    sla: f.sla,
    sort: f.sort,
    order: f.order,
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
  };
}
