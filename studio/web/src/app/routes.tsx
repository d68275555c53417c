/**
 * Every page of the studio: its URL pattern, who may open it and the menu entry it lights
 * up. Pages load lazily, so staff on a phone never download the BPMN modeler.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/types';
import { matchPath } from './router';

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

export interface RouteDef {
  pattern: string;
  page: Page;
  /** Roles that may open the page (admins always may); any signed-in user when omitted. */
  roles?: Role[];
  /** The menu entry to highlight. */
  nav: string;
}

const page = (load: () => Promise<{ default: ComponentType<{ params: Record<string, string> }> }>): Page => lazy(load);

const InboxPage = page(() => import('../inbox/InboxPage'));
const TaskPage = page(() => import('../inbox/TaskPage'));
const StartListPage = page(() => import('../inbox/StartListPage'));
const StartProcessPage = page(() => import('../inbox/StartProcessPage'));
const ProcessListPage = page(() => import('../modeler/ProcessListPage'));
const DesignerPage = page(() => import('../modeler/DesignerPage'));
const VersionsPage = page(() => import('../modeler/VersionsPage'));
const FormListPage = page(() => import('../form-designer/FormListPage'));
const FormDesignerPage = page(() => import('../form-designer/FormDesignerPage'));
const InstancesPage = page(() => import('../monitor/InstancesPage'));
const InstancePage = page(() => import('../monitor/InstancePage'));
const CatalogPage = page(() => import('../catalog/CatalogPage'));
const UsersPage = page(() => import('../admin/UsersPage'));
const GroupsPage = page(() => import('../admin/GroupsPage'));

const designers: Role[] = ['owner'];

export const routes: RouteDef[] = [
  { pattern: '/inbox', page: InboxPage, nav: '/inbox' },
  { pattern: '/inbox/tasks/:id', page: TaskPage, nav: '/inbox' },
  { pattern: '/start', page: StartListPage, nav: '/start' },
  { pattern: '/start/:key', page: StartProcessPage, nav: '/start' },
  { pattern: '/processes', page: ProcessListPage, roles: designers, nav: '/processes' },
  { pattern: '/processes/new', page: DesignerPage, roles: designers, nav: '/processes' },
  { pattern: '/processes/:key', page: DesignerPage, roles: designers, nav: '/processes' },
  { pattern: '/processes/:key/versions', page: VersionsPage, roles: designers, nav: '/processes' },
  { pattern: '/forms', page: FormListPage, roles: designers, nav: '/forms' },
  { pattern: '/forms/new', page: FormDesignerPage, roles: designers, nav: '/forms' },
  { pattern: '/forms/:owner/:name', page: FormDesignerPage, roles: designers, nav: '/forms' },
  { pattern: '/monitor', page: InstancesPage, nav: '/monitor' },
  { pattern: '/monitor/:id', page: InstancePage, nav: '/monitor' },
  { pattern: '/catalog', page: CatalogPage, roles: designers, nav: '/catalog' },
  { pattern: '/admin/users', page: UsersPage, roles: ['admin'], nav: '/admin/users' },
  { pattern: '/admin/groups', page: GroupsPage, roles: ['admin'], nav: '/admin/groups' },
];

export function findRoute(pathname: string): { route: RouteDef; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return { route, params };
  }
  return undefined;
}
