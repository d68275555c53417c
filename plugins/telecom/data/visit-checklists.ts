/**
 * The visit checklists of the telecom documents, item by item in the documents' order (digest
 * §4.3.1–4.3.3). The forms ask for each item; `telecom.reviewVisitConduct@1` reads the answers
 * against these lists and names the items not met.
 */
export interface ChecklistItem {
  readonly id: string;
  readonly 'zh-CN': string;
  readonly en: string;
  readonly source: string;
}

const HOME = '001_9529542b36723db8.txt 客户经理工作流程及入户服务规范';
const DECK = '001_9529542b36723db8.txt 客户经理服务规范与常用商务礼仪';

/** 三、客户经理预约规范 (L486–492), digest §4.3.2 tel.appt.1–5. */
export const APPOINTMENT_ITEMS: readonly ChecklistItem[] = [
  { id: 'tel.appt.1', 'zh-CN': '先执行预约服务', en: 'Appointment made first', source: `${HOME} 三、1 (L486)` },
  {
    id: 'tel.appt.2',
    'zh-CN': '使用服务用语，尊重客户的时间优先选择权',
    en: 'Service phrases used; the client chose the time',
    source: `${HOME} 三、2 (L486)`,
  },
  {
    id: 'tel.appt.3',
    'zh-CN': '上门时间与约定时间误差前后不超过10分钟',
    en: 'Arrival within 10 minutes of the agreed time',
    source: `${HOME} 三、3 (L486–488)`,
  },
  {
    id: 'tel.appt.4',
    'zh-CN': '不能按预约时间到达时，提前告知客户原因，取得谅解，并再次预约',
    en: 'When late: the client told in advance, understanding asked, a new appointment made',
    source: `${HOME} 三、4 (L490)`,
  },
  {
    id: 'tel.appt.5',
    'zh-CN': '除客户方原因外，不得失约',
    en: "No missed appointment except for reasons on the client's side",
    source: `${HOME} 三、5 (L492)`,
  },
];

/** 四、客户经理上门服务规范 (L494–506), digest §4.3.2 tel.home.1–8. */
export const HOME_CONDUCT_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'tel.home.1',
    'zh-CN': '按预约时间提前5分钟上门',
    en: 'Arrive 5 minutes early',
    source: `${HOME} 四、2 (L494)`,
  },
  {
    id: 'tel.home.2',
    'zh-CN': '礼貌敲门，声音不宜过急，不宜长按门铃',
    en: 'Knock politely; do not hold the doorbell',
    source: `${HOME} 四、2 (L494)`,
  },
  {
    id: 'tel.home.3',
    'zh-CN': '用规范用语自我介绍，说明来意，征得许可后方可入户',
    en: 'Introduce yourself, say why you came, enter only with permission',
    source: `${HOME} 四、3 (L496)`,
  },
  {
    id: 'tel.home.4',
    'zh-CN': '出示工作牌，递送名片',
    en: 'Show the work badge, give a business card',
    source: `${HOME} 四、3 (L496)`,
  },
  {
    id: 'tel.home.5',
    'zh-CN': '入户时视情况穿戴鞋套',
    en: 'Shoe covers as appropriate',
    source: `${HOME} 四、4 (L498)`,
  },
  {
    id: 'tel.home.6',
    'zh-CN': '不东张西望；得到客户同意后沟通并做好登记；尊重客户意见，避免闲谈',
    en: 'No looking around; talk and register with consent; respect the client, no idle chat',
    source: `${HOME} 四、5 (L500–502)`,
  },
  {
    id: 'tel.home.7',
    'zh-CN': '上门服务前不饮酒；未经用户同意不在用户家中抽烟',
    en: 'No alcohol before the visit; no smoking without consent',
    source: `${HOME} 四、6 (L504)`,
  },
  {
    id: 'tel.home.8',
    'zh-CN': '临走时礼貌再见，并轻叩关门',
    en: 'Polite goodbye, door closed gently',
    source: `${HOME} 四、7 (L506)`,
  },
];

/** 五、客户经理走访必备物品 (L508), digest §4.3.1 tel.kit.1–10; keys are the form's kit fields. */
export const HOME_KIT_ITEMS: ReadonlyArray<ChecklistItem & { readonly field: string }> = [
  { field: 'smallGifts', id: 'tel.kit.1', 'zh-CN': '小礼品', en: 'Small gifts' },
  { field: 'businessCards', id: 'tel.kit.2', 'zh-CN': '名片', en: 'Business cards' },
  { field: 'serviceLeaflets', id: 'tel.kit.3', 'zh-CN': '销售服务宣传资料', en: 'Sales and service leaflets' },
  { field: 'numberSelectionSheet', id: 'tel.kit.4', 'zh-CN': '选号单', en: 'Number-selection sheet' },
  {
    field: 'cards',
    id: 'tel.kit.5',
    'zh-CN': '卡（2G、3G、无线上网卡、迷你缴费机或充值卡）',
    en: 'Cards: 2G, 3G, wireless data card, mini payment machine or top-up cards',
  },
  {
    field: 'bestSellingHandset',
    id: 'tel.kit.6',
    'zh-CN': '畅销终端一款及相关手机售后联系方式',
    en: 'One best-selling handset and its after-sales contacts',
  },
  { field: 'receipts', id: 'tel.kit.7', 'zh-CN': '收据', en: 'Receipts' },
  { field: 'homeVisitRegister', id: 'tel.kit.8', 'zh-CN': '入户登记本', en: 'Home-visit register' },
  { field: 'userInfoForms', id: 'tel.kit.9', 'zh-CN': '用户信息表', en: 'User information forms' },
  { field: 'shoeCovers', id: 'tel.kit.10', 'zh-CN': '鞋套', en: 'Shoe covers' },
].map((item) => ({ ...item, source: `${HOME} 五、客户经理走访必备物品 (L508)` }));

/** 服务过程 预约与准备 (L646, L679), digest §4.3.3 tel.ka.prep.1–7. */
export const KEY_ACCOUNT_PREP_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'tel.ka.prep.1',
    'zh-CN': '通过BOSS系统查询客户档案资料',
    en: 'BOSS client file checked',
    source: `${DECK} 服务过程 (L646)`,
  },
  {
    id: 'tel.ka.prep.2',
    'zh-CN': '查询亲情库资料',
    en: 'Affinity database checked',
    source: `${DECK} 服务过程 (L646)`,
  },
  { id: 'tel.ka.prep.3', 'zh-CN': '查询服务记录', en: 'Service records checked', source: `${DECK} 服务过程 (L646)` },
  { id: 'tel.ka.prep.4', 'zh-CN': '查询投诉记录', en: 'Complaint records checked', source: `${DECK} 服务过程 (L646)` },
  {
    id: 'tel.ka.prep.5',
    'zh-CN': '按长途、市话、区间分类统计分析近期话务量',
    en: 'Call volume analysed (long-distance / local / inter-zone)',
    source: `${DECK} 服务过程 (L646)`,
  },
  {
    id: 'tel.ka.prep.6',
    'zh-CN': '了解新业务的使用情况和使用比率',
    en: 'New-service usage analysed',
    source: `${DECK} 服务过程 (L646)`,
  },
  { id: 'tel.ka.prep.7', 'zh-CN': '与大客户预约', en: 'Appointment made', source: `${DECK} 日常上门走访流程图 (L679)` },
];

/** 上门走访 (L677–685) and 记录归档 (L683), digest §4.3.3 tel.ka.visit.1–11. */
export const KEY_ACCOUNT_VISIT_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'tel.ka.visit.1',
    'zh-CN': '提前5—15分钟到达约定地点',
    en: 'Arrive 5–15 minutes early',
    source: `${DECK} 上门走访 (L685)`,
  },
  {
    id: 'tel.ka.visit.2',
    'zh-CN': '热情、得体、自信的打招呼或握手',
    en: 'Greet or shake hands',
    source: `${DECK} 上门走访 (L685)`,
  },
  {
    id: 'tel.ka.visit.3',
    'zh-CN': '客户招呼入座或客户落座后方可入座',
    en: 'Sit only when invited or after the client',
    source: `${DECK} 上门走访 (L685)`,
  },
  {
    id: 'tel.ka.visit.4',
    'zh-CN': '第一次见面递送名片并自我介绍',
    en: 'First meeting: card and self-introduction',
    source: `${DECK} 上门走访 (L685)`,
  },
  {
    id: 'tel.ka.visit.5',
    'zh-CN': '简单寒暄（客户着急时一句安慰后马上解决问题）',
    en: 'Brief small talk (client anxious: comfort, then solve)',
    source: `${DECK} 上门走访 (L685)`,
  },
  {
    id: 'tel.ka.visit.6',
    'zh-CN': '送宣传资料、小礼品',
    en: 'Leaflets and small gifts',
    source: `${DECK} 日常上门走访流程图 (L677)`,
  },
  {
    id: 'tel.ka.visit.7',
    'zh-CN': '新业务演示',
    en: 'New-service demonstration',
    source: `${DECK} 日常上门走访流程图 (L680)`,
  },
  {
    id: 'tel.ka.visit.8',
    'zh-CN': '办理移动业务',
    en: 'Business handled',
    source: `${DECK} 日常上门走访流程图 (L681)`,
  },
  { id: 'tel.ka.visit.9', 'zh-CN': '受理投诉', en: 'Complaints accepted', source: `${DECK} 日常上门走访流程图 (L682)` },
  {
    id: 'tel.ka.visit.10',
    'zh-CN': '了解行业动态信息',
    en: 'Industry news gathered',
    source: `${DECK} 日常上门走访流程图 (L682)`,
  },
  {
    id: 'tel.ka.visit.11',
    'zh-CN': '记录归档',
    en: 'Visit recorded and archived',
    source: `${DECK} 日常上门走访流程图 (L683)`,
  },
];
