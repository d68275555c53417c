/** 中文消息。键由 en.ts 定义，每个键都必须翻译（编译器会检查）。 */
import type { en } from './en';
import { appZh } from './messages/app.zh-CN';
import { designerZh } from './messages/designer.zh-CN';
import { formDesignerZh } from './messages/form-designer.zh-CN';
import { inboxZh } from './messages/inbox.zh-CN';
import { monitorZh } from './messages/monitor.zh-CN';

export const zhCN: Record<keyof typeof en, string> = {
  ...appZh,
  ...inboxZh,
  ...designerZh,
  ...formDesignerZh,
  ...monitorZh,
};
