/**
 * The process designer: opens a deployed process (latest version, or `?version=`) or a new
 * diagram, and hands it to the workspace (modeler, live compile checks, deploy).
 */
import { Button, Result, Spin } from 'antd';
import { useState } from 'react';
import { navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { DesignerWorkspace } from './DesignerWorkspace';
import { newDiagramXml } from './new-diagram';
import { NewProcessDialog } from './NewProcessDialog';
import { useDiagramSource } from './use-diagram-source';
import { useStudioContext } from './use-studio-context';

export default function DesignerPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const key = params.key;
  const version = search.get('version') ? Number(search.get('version')) : undefined;
  const [draft, setDraft] = useState<{ key: string; name: string } | undefined>();
  const source = useDiagramSource(key, version, draft ? newDiagramXml(draft.key, draft.name) : undefined);
  const context = useStudioContext();

  if (!key && !draft) {
    return (
      <>
        <Result
          status="info"
          title={t('designer.newProcess')}
          extra={<Button onClick={() => navigate('/processes')}>{t('common.back')}</Button>}
        />
        <NewProcessDialog open onCancel={() => navigate('/processes')} onCreate={setDraft} />
      </>
    );
  }
  if (source.error) return <ErrorAlert error={source.error} onRetry={source.reload} />;
  if (source.loading || !context.ready || !source.data)
    return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  return (
    <>
      {context.error !== undefined && <ErrorAlert error={context.error} onRetry={() => void context.refresh()} />}
      <DesignerWorkspace
        key={`${key ?? ''}@${source.data.version?.version ?? 'new'}`}
        processKey={key ?? draft!.key}
        source={source.data}
        studio={context.studio}
        refreshStudio={context.refresh}
      />
    </>
  );
}
