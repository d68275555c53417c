/**
 * The Hospitality plugin (restaurant, tea house, KTV): one typed manifest. The platform loads it from
 * plugins/hospitality/plugin.ts; see docs/plugin-guide.md and this folder's README for the seed rules.
 */
import { definePlugin } from '../../engine/plugin-api/index.js';
import { assessFine } from './activities/assess-fine.js';
import { computeBookingHold } from './activities/compute-booking-hold.js';

export const hospitalityPlugin = definePlugin({
  id: 'hospitality',
  version: '0.1.0',
  name: { en: 'Hospitality', 'zh-CN': '餐饮娱乐' },
  description: {
    en: 'KTV room booking with its hold timers and fine schedule; tea-house lobby-manager handover.',
    'zh-CN': 'KTV订房（预留时间与罚款标准）；茶楼大堂经理交接班。',
  },
  activities: { computeBookingHold, assessFine },
  forms: [
    new URL('./forms/ktv-room-booking.schema.json', import.meta.url),
    new URL('./forms/tea-house-handover.schema.json', import.meta.url),
  ],
  playbooks: [
    {
      id: 'ktv-room-booking',
      file: new URL('./playbooks/ktv-room-booking.bpmn', import.meta.url),
      name: { en: 'KTV room booking', 'zh-CN': 'KTV订房' },
      description: {
        en: 'Reception checks the booking data, the front desk assigns a room, the room is held until 21:00 or for 20 minutes; a late guest is re-assigned, or fined 500 CNY as cheating when the data do not match.',
        'zh-CN':
          '咨客部核对订房资料，总台安排房间，预留到21:00或20分钟；客人迟到时总台核实资料重新安排房间，资料不符按作弊处理罚款500元。',
      },
    },
    {
      id: 'tea-house-handover',
      file: new URL('./playbooks/tea-house-handover.bpmn', import.meta.url),
      name: { en: 'Tea-house lobby-manager handover', 'zh-CN': '茶楼大堂经理交接班' },
      description: {
        en: 'The early-shift lobby manager prepares the tea-house checks, hands over through the core shift handover (calls process shift-handover), and the late shift closes the night.',
        'zh-CN':
          '早班大堂经理准备交接班内容，通过核心交接班流程（调用 shift-handover）交予晚班，晚班大堂经理负责收市。',
      },
    },
  ],
});
