/**
 * The inbox: tasks by scope (mine, my groups', started by me, completed by me; all for
 * admins) with counts, filters in the URL, a table on desktops and cards on phones.
 */
import { Badge, Pagination, Segmented } from 'antd';
import { api } from '../api/client';
import type { InboxCounts, TaskList } from '../api/types';
import { useAuth } from '../app/auth-context';
import { setSearch, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { usePhone } from '../shared/use-phone';
import { PAGE_SIZE, readFilters, SCOPES, toQuery, type Scope } from './inbox-query';
import { TaskCards } from './TaskCards';
import { TaskFilters } from './TaskFilters';
import { TaskTable } from './TaskTable';

export default function InboxPage() {
  const { t } = useI18n();
  const { hasRole, user } = useAuth();
  const phone = usePhone();
  const { search } = useLocation();
  const filters = readFilters(search);
  const query = toQuery(filters);
  const tasks = useApi((signal) => api.get<TaskList>('/api/tasks', { query, signal }), [JSON.stringify(query)]);
  const counts = useApi((signal) => api.get<InboxCounts>('/api/tasks/counts', { signal }), [JSON.stringify(query)]);
  const scopes = SCOPES.filter((s) => s !== 'all' || user?.roles.includes('admin'));

  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={hasRole('staff', 'owner') ? t('inbox.subtitle') : undefined} />
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<Scope>
          value={filters.scope}
          onChange={(scope) => setSearch({ scope, page: undefined })}
          data-testid="inbox-scopes"
          options={scopes.map((s) => ({
            value: s,
            label: (
              <span data-scope={s}>
                {t(`inbox.scope.${s}`)}{' '}
                {s !== 'all' && counts.data && (
                  <Badge
                    count={counts.data[s]}
                    showZero
                    size="small"
                    color={s === 'mine' || s === 'groups' ? '#1677ff' : '#bfbfbf'}
                  />
                )}
              </span>
            ),
          }))}
        />
      </div>
      <TaskFilters filters={filters} />
      {tasks.error !== undefined && <ErrorAlert error={tasks.error} onRetry={tasks.reload} />}
      {phone ? (
        <TaskCards tasks={tasks.data?.items ?? []} loading={tasks.loading} />
      ) : (
        <TaskTable tasks={tasks.data?.items ?? []} loading={tasks.loading} filters={filters} />
      )}
      {(tasks.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, textAlign: 'end' }}
          current={filters.page}
          pageSize={PAGE_SIZE}
          total={tasks.data!.total}
          showSizeChanger={false}
          onChange={(page) => setSearch({ page: String(page) })}
        />
      )}
    </>
  );
}
