/**
 * What the user may do with a task: claim, unclaim, transfer (转交), delegate (委托), return,
 * send back (退回), add a co-signer (加签), urge (催办), CC (抄送), and complete — one button
 * per outcome when the task offers outcomes.
 */
import { CheckOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import type { TaskDetail, User } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { usePhone } from '../shared/use-phone';
import { outcomeLabel } from './outcome-label';
import { SendBackModal } from './SendBackModal';
import { UserPickerModal } from './UserPickerModal';

export type TaskAction =
  'claim' | 'unclaim' | 'transfer' | 'delegate' | 'return' | 'urge' | 'cc' | 'send-back' | 'co-signers';

interface Props {
  task: TaskDetail;
  user: User;
  busy: boolean;
  onAction(action: TaskAction, body?: unknown): Promise<void>;
  onComplete(outcome?: string): void;
}

export function TaskActions({ task, user, busy, onAction, onComplete }: Props) {
  const { t } = useI18n();
  const phone = usePhone();
  const [picker, setPicker] = useState<'transfer' | 'delegate' | 'cc' | 'co-signers'>();
  const [sendingBack, setSendingBack] = useState(false);
  if (task.status !== 'open') return null;
  const mine = task.assignee === user.username;
  const candidate = !task.assignee;
  const admin = user.roles.includes('admin');
  const mayComplete = (mine && !task.owner) || candidate || admin;

  const more = [
    mine && !task.owner && { key: 'unclaim', label: t('task.unclaim') },
    (mine || admin) && { key: 'transfer', label: t('task.transfer') },
    mine && !task.owner && { key: 'delegate', label: t('task.delegate') },
    // The server lets only the holder (or an admin) send back; a model without targets offers none.
    (mine || admin) && task.sendBackTargets?.length !== 0 && { key: 'send-back', label: t('task.sendBack') },
    (mine || admin) && { key: 'co-signers', label: t('task.coSign') },
    !mine && { key: 'urge', label: t('task.urge') },
    { key: 'cc', label: t('task.cc') },
  ].filter(Boolean) as Array<{ key: TaskAction; label: string }>;

  return (
    <Flex
      gap={8}
      wrap
      justify={phone ? 'stretch' : 'flex-end'}
      data-testid="task-actions"
      style={
        phone
          ? {
              position: 'sticky',
              bottom: 0,
              background: '#fff',
              padding: '10px 0',
              borderTop: '1px solid #f0f0f0',
              zIndex: 5,
            }
          : { marginTop: 16 }
      }
    >
      {candidate && (
        <Button onClick={() => void onAction('claim')} loading={busy} data-testid="claim">
          {t('task.claim')}
        </Button>
      )}
      {mine && task.owner && (
        <Button onClick={() => void onAction('return')} loading={busy}>
          {t('task.return')}
        </Button>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: more,
          onClick: ({ key }) => {
            if (key === 'send-back') setSendingBack(true);
            else if (key === 'transfer' || key === 'delegate' || key === 'cc' || key === 'co-signers') setPicker(key);
            else void onAction(key as TaskAction);
          },
        }}
      >
        <Button data-testid="more-actions">{t('task.more')}</Button>
      </Dropdown>
      {mayComplete &&
        (task.outcomes.length ? (
          task.outcomes.map((o, i) => (
            <Button
              key={o}
              type={i === 0 ? 'primary' : 'default'}
              danger={/^(reject|decline)/i.test(o)}
              loading={busy}
              onClick={() => onComplete(o)}
              data-testid={`outcome-${o}`}
              style={phone ? { flex: 1 } : undefined}
            >
              {outcomeLabel(t, o)}
            </Button>
          ))
        ) : (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={busy}
            onClick={() => onComplete()}
            data-testid="complete"
            style={phone ? { flex: 1 } : undefined}
          >
            {t('task.complete')}
          </Button>
        ))}
      <UserPickerModal
        open={picker !== undefined}
        multiple={picker === 'cc'}
        title={picker === 'co-signers' ? t('task.coSign') : picker ? t(`task.${picker}`) : ''}
        onCancel={() => setPicker(undefined)}
        onOk={async (users) => {
          await onAction(
            picker!,
            picker === 'cc' ? { users } : picker === 'co-signers' ? { username: users[0] } : { to: users[0] },
          );
          setPicker(undefined);
        }}
      />
      <SendBackModal
        open={sendingBack}
        targets={task.sendBackTargets}
        onCancel={() => setSendingBack(false)}
        onOk={async (body) => {
          await onAction('send-back', body);
          setSendingBack(false);
        }}
      />
    </Flex>
  );
}
