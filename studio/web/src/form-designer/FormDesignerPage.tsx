/** The form designer page: loads the form (or starts a new one) and hands it to the workspace. */
import { Spin } from 'antd';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FormWorkspace } from './FormWorkspace';
import { useFormSource } from './use-form-source';

export default function FormDesignerPage({ params }: { params: Record<string, string> }) {
  const source = useFormSource(params.owner, params.name);
  if (source.error) return <ErrorAlert error={source.error} onRetry={source.reload} />;
  if (source.loading) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  return <FormWorkspace key={source.data ? `${source.data.id}@${source.data.version}` : 'new'} stored={source.data} />;
}
