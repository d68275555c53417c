/**
 * The designer's working area: toolbar, modeler and the problem list. Every change is
 * compiled in the browser (debounced) and its problems are marked on the diagram; deploy
 * sends the XML to the server, which compiles again and stores a new version.
 */
import { CloudUploadOutlined, DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Tag } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { DeployResponse } from '../api/types';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { PageHeader } from '../shared/PageHeader';
import { BpmnEditor, type BpmnEditorHandle } from './BpmnEditor';
import { checkDiagram, isError } from './check-diagram';
import { downloadText } from './download';
import { ProblemList, type Problem } from './ProblemList';
import type { WfStudioContext } from './properties/studio-context';
import type { DiagramSource } from './use-diagram-source';

interface Props {
  processKey: string;
  source: DiagramSource;
  studio: WfStudioContext;
  refreshStudio(): Promise<void>;
}

export function DesignerWorkspace({ processKey, source, studio, refreshStudio }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const editor = useRef<BpmnEditorHandle>(null);
  const [problems, setProblems] = useState<Problem[] | undefined>();
  const [dirty, setDirty] = useState(false);
  const [deploying, setDeploying] = useState(false);
  // The latest XML, so a remount (another language) reopens the diagram as edited.
  const latestXml = useRef(source.xml);
  const xml = useMemo(() => latestXml.current, [locale]);
  const timer = useRef<number | undefined>(undefined);

  const show = useCallback(
    (list: Problem[]) => {
      setProblems(list);
      editor.current?.showProblems(list, (n) => t('designer.problemsOnElement', { count: n }));
    },
    [t],
  );

  const check = useCallback(async () => {
    const current = await editor.current!.saveXml();
    latestXml.current = current;
    show(await checkDiagram(current, studio.activities, studio.forms));
    return current;
  }, [show, studio]);

  const onChanged = useCallback(() => {
    setDirty(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void check(), 600);
  }, [check]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // Closing the tab with undeployed changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const deploy = async () => {
    setDeploying(true);
    try {
      await refreshStudio();
      const current = await check();
      const deployed = await api.postXml<DeployResponse>('/api/processes', current);
      setDirty(false);
      message.success(
        deployed.unchanged
          ? t('designer.deployUnchanged', { version: deployed.version })
          : t('designer.deployed', { key: deployed.key, version: deployed.version }),
      );
      navigate(`/processes/${encodeURIComponent(deployed.key)}?version=${deployed.version}`, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'BPMN_INVALID')
        show(err.problems.map((p) => ({ severity: 'error', ...p })));
      report(err, 'deploying the process');
    } finally {
      setDeploying(false);
    }
  };

  const errors = (problems ?? []).filter(isError).length;
  const title = source.version?.name ?? processKey;
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          <Space wrap>
            {processKey}
            {source.version ? (
              <Tag color="blue">{t('designer.versionTag', { version: source.version.version })}</Tag>
            ) : (
              <Tag>{t('designer.notDeployed')}</Tag>
            )}
            {dirty && <Tag color="orange">{t('designer.unsaved')}</Tag>}
          </Space>
        }
        extra={
          <>
            {source.version && (
              <Button
                icon={<HistoryOutlined />}
                onClick={() => navigate(`/processes/${encodeURIComponent(processKey)}/versions`)}
              >
                {t('designer.versions')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void editor.current?.saveXml().then((x) => downloadText(`${processKey}.bpmn`, x, 'application/xml'))
              }
            >
              {t('designer.download')}
            </Button>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              loading={deploying}
              onClick={() => void deploy()}
              data-testid="deploy"
            >
              {t('designer.deploy')}
            </Button>
          </>
        }
      />
      <BpmnEditor
        key={locale}
        ref={editor}
        xml={xml}
        studio={studio}
        onChanged={onChanged}
        onImported={() => void check()}
        onImportFailed={(err) => {
          message.error(t('designer.importFailed', { detail: err.message }));
          console.error('opening the diagram failed', err);
        }}
      />
      <Flex vertical style={{ marginTop: 16 }} data-testid="problems" data-errors={errors}>
        {problems && <ProblemList problems={problems} onSelect={(id) => editor.current?.select(id)} />}
      </Flex>
    </>
  );
}
