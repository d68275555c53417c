/** English messages. They define the message keys; zh-CN.ts must translate every one. */
import { appEn } from './messages/app.en';
import { designerEn } from './messages/designer.en';
import { formDesignerEn } from './messages/form-designer.en';
import { inboxEn } from './messages/inbox.en';
import { monitorEn } from './messages/monitor.en';

export const en = { ...appEn, ...inboxEn, ...designerEn, ...formDesignerEn, ...monitorEn };
