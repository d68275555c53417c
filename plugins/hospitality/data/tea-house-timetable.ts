/**
 * The tea-house customer manager's daily timetable (日工作流程), digest §3.4.2, seed
 * `000_8e24495f3205bf16.txt` 第四篇 → 一、日工作流程 (L303–315). Local times of the venue.
 * The member-care and incident activities read their slots from here.
 */
export interface TimetableSlot {
  readonly id: string;
  /** "HH:MM", local time. */
  readonly start: string;
  readonly end: string;
  readonly duty: { readonly en: string; readonly 'zh-CN': string };
  readonly source: string;
}

export const TEA_HOUSE_CM_TIMETABLE: readonly TimetableSlot[] = [
  {
    id: 'rollCall',
    start: '09:00',
    end: '09:20',
    duty: { en: 'Roll call and morning exercise', 'zh-CN': '参加点名及和同事们一起做早操晨舞' },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L303)',
  },
  {
    id: 'memberAnalysis',
    start: '09:20',
    end: '10:00',
    duty: { en: "Analyse yesterday's member consumption", 'zh-CN': '整理会员昨天本店会员消费情况并做好分析' },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L305)',
  },
  {
    id: 'complaints',
    start: '10:00',
    end: '11:00',
    duty: {
      en: 'Handle customer complaints, keep detailed records',
      'zh-CN': '处理客户投诉事件，并做好详细记录，最好存档',
    },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L305)',
  },
  {
    id: 'memberContact',
    start: '11:00',
    end: '11:50',
    duty: {
      en: "Birthday calls; welcome SMS to yesterday's new members",
      'zh-CN': '给生日会员打电话祝福及给昨天新加入的会员发送短信欢迎加入科伦巴这个家庭',
    },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L307)',
  },
  {
    id: 'meal',
    start: '11:50',
    end: '12:20',
    duty: { en: 'Meal; relieve the lobby manager and cashier', 'zh-CN': '用餐时间，根据情况换大堂经理、收银员用餐' },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L309)',
  },
  {
    id: 'clientData',
    start: '12:20',
    end: '13:20',
    duty: {
      en: 'Sort client data, complete missing information, handle abnormal states',
      'zh-CN': '整理客户资料，完善客户不完整信息，并把客户管理档案中异常状况进行处理',
    },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L311)',
  },
  {
    id: 'floor',
    start: '13:20',
    end: '17:00',
    duty: {
      en: 'Greeting, standing, floor patrol, talk with clients',
      'zh-CN': '做好迎客、站位，安客准备，多巡查现场',
    },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L313)',
  },
  {
    id: 'cashier',
    start: '17:00',
    end: '18:00',
    duty: {
      en: 'Help at the cashier, collect complaints, sell membership cards',
      'zh-CN': '协助做好收银工作，在收银台做好客户投诉收集，积极办卡',
    },
    source: '000_8e24495f3205bf16.txt 第四篇 一、日工作流程 (L315)',
  },
];

export function timetableSlot(id: string): TimetableSlot {
  const slot = TEA_HOUSE_CM_TIMETABLE.find((s) => s.id === id);
  if (!slot) throw new RangeError(`no timetable slot "${id}"`);
  return slot;
}
