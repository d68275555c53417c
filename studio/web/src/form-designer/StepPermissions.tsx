/**
 * Per-step field permissions: for each user task (by id) that shows this form, whether each
 * field is written, only read, or hidden. Steps not listed may write every field.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import type { FieldState } from '../../../../engine/forms/index';
import { useI18n } from '../i18n/i18n-context';
import { fieldPaths, type DesignerForm, type StepStates } from './designer-model';

const STATES: FieldState[] = ['write', 'read', 'hidden'];

export function StepPermissions({
  form,
  onChange,
}: {
  form: DesignerForm;
  onChange(steps: DesignerForm['steps']): void;
}) {
  const { t, locale } = useI18n();
  const [newStep, setNewStep] = useState('');
  const paths = fieldPaths(form.fields).filter((p) => !p.path.includes('/*'));
  const setStep = (id: string, next: StepStates) => onChange({ ...form.steps, [id]: next });
  const validId = /^[A-Za-z_][\w.-]{0,199}$/.test(newStep) && !form.steps[newStep];

  return (
    <Flex vertical gap={12} data-testid="step-permissions">
      <Typography.Text type="secondary">{t('formDesigner.stepsHelp')}</Typography.Text>
      <Flex gap={8}>
        <Input
          placeholder="UserTask_Review"
          value={newStep}
          onChange={(e) => setNewStep(e.target.value.trim())}
          data-testid="new-step-id"
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!validId}
          onClick={() => (setStep(newStep, { default: 'write', fields: {} }), setNewStep(''))}
        >
          {t('formDesigner.addStep')}
        </Button>
      </Flex>
      {Object.keys(form.steps).length === 0 && <Empty description={t('formDesigner.noSteps')} />}
      {Object.entries(form.steps).map(([id, step]) => (
        <Card
          key={id}
          size="small"
          title={id}
          extra={
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              onClick={() => onChange(Object.fromEntries(Object.entries(form.steps).filter(([k]) => k !== id)))}
            />
          }
        >
          <Flex gap={8} align="center" style={{ marginBottom: 8 }} wrap>
            {t('formDesigner.stepDefault')}
            <Radio.Group
              size="small"
              optionType="button"
              value={step.default}
              options={STATES.map((s) => ({ value: s, label: t(`fieldState.${s}`) }))}
              onChange={(e) => setStep(id, { ...step, default: e.target.value })}
            />
          </Flex>
          <Table
            size="small"
            rowKey="path"
            pagination={false}
            scroll={{ x: 420 }}
            dataSource={paths.map((p) => ({ path: p.path, label: p.field.labels[locale] || p.field.key }))}
            columns={[
              { title: t('formDesigner.field'), dataIndex: 'label' },
              {
                title: t('formDesigner.permission'),
                key: 'state',
                render: (_, row) => (
                  <Radio.Group
                    size="small"
                    value={step.fields[row.path] ?? ''}
                    onChange={(e) => {
                      const fields = { ...step.fields };
                      if (e.target.value === '') delete fields[row.path];
                      else fields[row.path] = e.target.value as FieldState;
                      setStep(id, { ...step, fields });
                    }}
                    options={[
                      { value: '', label: t('fieldState.default') },
                      ...STATES.map((s) => ({ value: s, label: t(`fieldState.${s}`) })),
                    ]}
                  />
                ),
              },
            ]}
          />
        </Card>
      ))}
    </Flex>
  );
}
