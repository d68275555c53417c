/** What happened in an instance, in order: start, each task opened and closed, by whom, with which outcome. */
import { Card, Empty, Skeleton, Timeline } from 'antd';
import type { TimelineEntry } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/format';

const COLORS: Record<string, string> = {
  started: 'blue',
  taskOpened: 'gray',
  taskCompleted: 'green',
  taskCancelled: 'red',
  taskInterrupted: 'orange',
};

export function InstanceTimeline({ entries, error }: { entries: TimelineEntry[] | undefined; error: unknown }) {
  const { t, locale } = useI18n();
  let body;
  if (error !== undefined) body = <ErrorAlert error={error} />;
  else if (!entries) body = <Skeleton active />;
  else if (entries.length === 0) body = <Empty />;
  else
    body = (
      <Timeline
        items={entries.map((e, i) => ({
          key: i,
          color: COLORS[e.kind] ?? 'gray',
          title: formatDateTime(e.at, locale),
          content: (
            <span data-kind={e.kind}>
              {t(`timeline.${e.kind as 'started'}`, { name: e.name ?? e.nodeId ?? '', actor: e.actor ?? '—' })}
              {e.outcome && ` (${e.outcome})`}
            </span>
          ),
        }))}
      />
    );
  return (
    <Card size="small" title={t('monitor.timeline')} data-testid="timeline">
      {body}
    </Card>
  );
}
