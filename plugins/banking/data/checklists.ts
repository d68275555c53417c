/**
 * The banking checklists as data: one row per item, in the documents' own order, with the
 * digest id (`shared/industry-playbooks.md` §4.2) and the seed line it comes from. Forms use
 * the same item keys as their boolean fields; the `satisfies` clauses make the compiler check
 * that every key is a field of the generated form type, so data and forms cannot drift apart.
 *
 * Seeds (`shared/seeds/`):
 * - `003_6bb8784453a9b790.txt` 中国银行业营业网点大堂经理服务规范 (the bank lobby-manager standard);
 * - `004_ca65cf65bca3c52c.txt` 第一篇:柜面管理工作流程 (insurance / financial service counter,
 *   traditional characters; headings quoted as they appear there).
 *
 * `kind` drives the playbooks: a failed `device` item is an equipment fault (reported to the
 * superior or the counter supervisor), a failed `environment` item goes to the cleaners, the
 * others are the post's own follow-up.
 */
import type {
  BankingCounterDailyClose,
  BankingCounterOpening,
  BankingLobbyComplaint,
  BankingLobbyDailyChecklist,
  BankingTellerAbsence,
} from '../../../forms/generated/index.js';

export type ItemKind = 'device' | 'environment' | 'material' | 'conduct' | 'security' | 'record';

export interface ChecklistItem<K extends string = string> {
  /** The form field (boolean) that answers the item. */
  readonly key: K;
  /** Digest id (§4.2) or, for items the digest does not number, the article. */
  readonly ref: string;
  readonly 'zh-CN': string;
  readonly en: string;
  readonly kind: ItemKind;
  /** Seed file, heading and line. */
  readonly source: string;
}

export interface Checklist<K extends string = string> {
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly source: string;
  readonly items: readonly ChecklistItem<K>[];
}

type Keys<T> = Extract<keyof NonNullable<T>, string>;
const S003 = '003_6bb8784453a9b790.txt';
const S004 = '004_ca65cf65bca3c52c.txt';

/** §4.2.1 — 第五章 营业前的服务, 第十一–十六条 (003 L85–95). */
const lobbyPreOpening = {
  title: { 'zh-CN': '大堂经理营业前的服务', en: 'Lobby manager before opening' },
  source: `${S003} 第五章 营业前的服务 第十一条–第十六条 (L85–95)`,
  items: [
    {
      key: 'groomingSelfChecked',
      ref: 'bank.lobby.open.1',
      'zh-CN': '自查仪容仪表',
      en: 'Self-check grooming',
      kind: 'conduct',
      source: `${S003} 第十一条 (L85)`,
    },
    {
      key: 'groomingAdviceGiven',
      ref: 'bank.lobby.open.2',
      'zh-CN': '对网点其他员工的仪容仪表是否符合规定提出建议',
      en: 'Advise other staff on grooming',
      kind: 'conduct',
      source: `${S003} 第十一条 (L85)`,
    },
    {
      key: 'queueMachineSwitchedOn',
      ref: 'bank.lobby.open.3',
      'zh-CN': '及时开启叫号机',
      en: 'Switch on the queue machine',
      kind: 'device',
      source: `${S003} 第十二条 (L87)`,
    },
    {
      key: 'queueSystemWorking',
      ref: 'bank.lobby.open.4',
      'zh-CN': '检查叫号设备运行是否正常',
      en: 'Queue system works',
      kind: 'device',
      source: `${S003} 第十二条 (L87)`,
    },
    {
      key: 'formDeskChecked',
      ref: 'bank.lobby.open.5',
      'zh-CN': '检查凭证填写台等辅助服务区域',
      en: 'Form-filling desk and auxiliary areas checked',
      kind: 'environment',
      source: `${S003} 第十三条 (L89)`,
    },
    {
      key: 'noteCountersWorking',
      ref: 'bank.lobby.open.6',
      'zh-CN': '点钞机等辅助服务工具运行状况正常',
      en: 'Note counters and other customer tools work',
      kind: 'device',
      source: `${S003} 第十三条 (L89)`,
    },
    {
      key: 'materialsTidy',
      ref: 'bank.lobby.open.7',
      'zh-CN': '宣传资料、业务凭证、意见簿摆放整齐',
      en: 'Leaflets, business forms, opinion book tidy',
      kind: 'material',
      source: `${S003} 第十四条 (L91)`,
    },
    {
      key: 'materialsCompleteAndCurrent',
      ref: 'bank.lobby.open.8',
      'zh-CN': '种类齐全、适时，及时更换过时的业务或宣传资料',
      en: 'Complete and current; outdated materials replaced',
      kind: 'material',
      source: `${S003} 第十四条 (L91)`,
    },
    {
      key: 'hallAndSelfServiceClean',
      ref: 'bank.lobby.open.9',
      'zh-CN': '营业大厅及在行自助服务区的卫生状况',
      en: 'Hall and self-service area clean',
      kind: 'environment',
      source: `${S003} 第十五条 (L93)`,
    },
    {
      key: 'environmentTidy',
      ref: 'bank.lobby.open.10',
      'zh-CN': '营业环境整洁美观',
      en: 'Environment tidy and pleasant',
      kind: 'environment',
      source: `${S003} 第十五条 (L93)`,
    },
    {
      key: 'passagesClear',
      ref: 'bank.lobby.open.11',
      'zh-CN': '营业厅客户进出通道畅通',
      en: 'Entrances and exits clear',
      kind: 'environment',
      source: `${S003} 第十五条 (L93)`,
    },
    {
      key: 'interestRateBoardOk',
      ref: 'bank.lobby.open.12',
      'zh-CN': '利率牌显示正常',
      en: 'Interest-rate board displays correctly',
      kind: 'device',
      source: `${S003} 第十六条 (L95)`,
    },
    {
      key: 'fxRateBoardOk',
      ref: 'bank.lobby.open.13',
      'zh-CN': '外汇汇率牌显示正常',
      en: 'FX-rate board displays correctly',
      kind: 'device',
      source: `${S003} 第十六条 (L95)`,
    },
    {
      key: 'enquiryTerminalsOk',
      ref: 'bank.lobby.open.14',
      'zh-CN': '查询机等设备信息显示正常',
      en: 'Enquiry terminals display correctly',
      kind: 'device',
      source: `${S003} 第十六条 (L95)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingLobbyDailyChecklist['preOpening']>>;

/** §3.2.1 B — 第六章 营业中的服务 (and 第十条): the duties a lobby manager confirms before closing. */
const lobbyInBusiness = {
  title: { 'zh-CN': '大堂经理营业中的服务', en: 'Lobby manager during business' },
  source: `${S003} 第四章 第十条 (L81); 第六章 营业中的服务 第十七条–第二十九条 (L99–125)`,
  items: [
    {
      key: 'stayedOnPost',
      ref: '第十条',
      'zh-CN': '网点营业期间值守工作岗位',
      en: 'Stay on post during business hours',
      kind: 'conduct',
      source: `${S003} 第十条 (L81)`,
    },
    {
      key: 'customersGuided',
      ref: '第十八条',
      'zh-CN': '及时引导分流客户到相应功能区域',
      en: 'Guide and route customers',
      kind: 'conduct',
      source: `${S003} 第十八条 (L101)`,
    },
    {
      key: 'queueAndSelfServicePatrolled',
      ref: '第二十一条',
      'zh-CN': '加强叫号机、自助服务区等区域的巡视',
      en: 'Patrol the queue machine and self-service area',
      kind: 'conduct',
      source: `${S003} 第二十一条 (L107)`,
    },
    {
      key: 'opinionBookReadAndReplied',
      ref: '第二十四条',
      'zh-CN': '查阅客户意见簿上的意见和建议，及时回复',
      en: 'Read the opinion book and reply promptly',
      kind: 'record',
      source: `${S003} 第二十四条 (L115)`,
    },
    {
      key: 'queueOrderKept',
      ref: '第二十五条',
      'zh-CN': '维护客户等候秩序',
      en: 'Keep the waiting order',
      kind: 'conduct',
      source: `${S003} 第二十五条 (L117)`,
    },
    {
      key: 'formDeskTidied',
      ref: '第二十六条',
      'zh-CN': '整理填单台面，及时清理废弃的凭条、申请书',
      en: 'Tidy the form desk',
      kind: 'environment',
      source: `${S003} 第二十六条 (L119)`,
    },
    {
      key: 'hallCleanlinessPatrolled',
      ref: '第二十七条',
      'zh-CN': '巡视营业大厅卫生状况',
      en: 'Patrol hall cleanliness',
      kind: 'environment',
      source: `${S003} 第二十七条 (L121)`,
    },
    {
      key: 'specialCustomersServed',
      ref: '第二十八条',
      'zh-CN': '为老人、孕妇、残障等特殊客户提供周到的服务',
      en: 'Attentive service to elderly, pregnant and disabled customers',
      kind: 'conduct',
      source: `${S003} 第二十八条 (L123)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingLobbyDailyChecklist['inBusiness']>>;

/** §4.2.2 — 第七章 营业终的服务, 第三十–三十四条 (003 L129–137). */
const lobbyClosing = {
  title: { 'zh-CN': '大堂经理营业终的服务', en: 'Lobby manager at the end of business' },
  source: `${S003} 第七章 营业终的服务 第三十条–第三十四条 (L129–137)`,
  items: [
    {
      key: 'customersHelpedToFinish',
      ref: 'bank.lobby.close.1',
      'zh-CN': '协助营业大厅内客户及时完成业务办理',
      en: 'Help remaining customers finish',
      kind: 'conduct',
      source: `${S003} 第三十条 (L129)`,
    },
    {
      key: 'hallCleared',
      ref: 'bank.lobby.close.2',
      'zh-CN': '做好清场工作',
      en: 'Clear the hall',
      kind: 'security',
      source: `${S003} 第三十条 (L129)`,
    },
    {
      key: 'queueMachineOff',
      ref: 'bank.lobby.close.3',
      'zh-CN': '关闭叫号机',
      en: 'Switch off the queue machine',
      kind: 'device',
      source: `${S003} 第三十一条 (L131)`,
    },
    {
      key: 'noteCountersOff',
      ref: 'bank.lobby.close.4',
      'zh-CN': '关闭点钞机',
      en: 'Switch off note counters',
      kind: 'device',
      source: `${S003} 第三十一条 (L131)`,
    },
    {
      key: 'screensAndDevicesOff',
      ref: 'bank.lobby.close.5',
      'zh-CN': '关闭显示屏等夜间无需使用的电子设备',
      en: 'Switch off screens and devices not needed at night',
      kind: 'device',
      source: `${S003} 第三十一条 (L131)`,
    },
    {
      key: 'environmentCleaned',
      ref: 'bank.lobby.close.6',
      'zh-CN': '整理环境卫生',
      en: 'Clean up',
      kind: 'environment',
      source: `${S003} 第三十二条 (L133)`,
    },
    {
      key: 'formsAndSlipsReplenished',
      ref: 'bank.lobby.close.7',
      'zh-CN': '补充各类单据凭条',
      en: 'Replenish forms and slips',
      kind: 'material',
      source: `${S003} 第三十二条 (L133)`,
    },
    {
      key: 'leafletsReplenished',
      ref: 'bank.lobby.close.8',
      'zh-CN': '补充宣传资料',
      en: 'Replenish leaflets',
      kind: 'material',
      source: `${S003} 第三十二条 (L133)`,
    },
    {
      key: 'opinionsSummarised',
      ref: 'bank.lobby.close.9',
      'zh-CN': '归纳总结客户意见，提出改进建议，传递反馈给网点有关部门',
      en: 'Summarise client opinions, propose improvements, pass them on',
      kind: 'record',
      source: `${S003} 第三十三条 (L135)`,
    },
    {
      key: 'facilitiesMaintained',
      ref: 'bank.lobby.close.10',
      'zh-CN': '整理维护营业厅各项设施设备',
      en: 'Tidy and maintain hall facilities',
      kind: 'environment',
      source: `${S003} 第三十四条 (L137)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingLobbyDailyChecklist['closing']>>;

/** §2.1.2 A steps 2–3 — 第二十二条: how a complaining customer is received. */
const complaintReception = {
  title: { 'zh-CN': '客户投诉接待', en: 'Receiving a complaint' },
  source: `${S003} 第六章 第二十二条 (L109–111)`,
  items: [
    {
      key: 'movedToMeetingRoom',
      ref: '第二十二条',
      'zh-CN': '引导投诉客户到营业厅洽谈室或其他相对封闭区域',
      en: 'Guide the customer to the meeting room or another relatively closed area',
      kind: 'conduct',
      source: `${S003} 第二十二条 (L109)`,
    },
    {
      key: 'soothed',
      ref: '第二十二条',
      'zh-CN': '予以及时安抚',
      en: 'Soothe the customer promptly',
      kind: 'conduct',
      source: `${S003} 第二十二条 (L109)`,
    },
    {
      key: 'teaServed',
      ref: '第二十二条',
      'zh-CN': '及时为客户送上茶水，努力稳定客户情绪',
      en: 'Serve tea, stabilise the customer’s emotions',
      kind: 'conduct',
      source: `${S003} 第二十二条 (L111)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingLobbyComplaint['reception']>>;

/** §4.2.4 (+ §4.2.6 item 14) — 004 一、營業前 2、清潔環境 and 3、開啟設備 (L10–14, L23). */
const counterEnvironment = {
  title: { 'zh-CN': '柜面营业前环境与设备', en: 'Counter environment and equipment before opening' },
  source: `${S004} 第一篇 一、營業前 2、清潔環境; 3、開啟設備,并檢查設備是否完好 (L9–16)`,
  items: [
    {
      key: 'counterNoDustOrStains',
      ref: 'ins.env.counter.1',
      'zh-CN': '柜台无积尘、无污迹',
      en: 'Own counter: no dust, no stains',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L10)`,
    },
    {
      key: 'counterNothingUseless',
      ref: 'ins.env.counter.2',
      'zh-CN': '柜台上不放置任何无用之物',
      en: 'Nothing useless on the counter',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L10)`,
    },
    {
      key: 'deskAndCabinetTidy',
      ref: 'ins.env.counter.3',
      'zh-CN': '办公桌、文件柜收拾整齐',
      en: 'Desk and filing cabinet tidy',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L10)`,
    },
    {
      key: 'floorClean',
      ref: 'ins.env.hall.1',
      'zh-CN': '地面',
      en: 'Floor',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'stepsClean',
      ref: 'ins.env.hall.2',
      'zh-CN': '台阶',
      en: 'Steps',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'entranceClean',
      ref: 'ins.env.hall.3',
      'zh-CN': '门前',
      en: 'Entrance',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'doorsAndWindowsClean',
      ref: 'ins.env.hall.4',
      'zh-CN': '门窗',
      en: 'Doors and windows',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'wallsClean',
      ref: 'ins.env.hall.5',
      'zh-CN': '墙面',
      en: 'Walls',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'bannersClean',
      ref: 'ins.env.hall.6',
      'zh-CN': '横幅',
      en: 'Banners',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'counterInteriorClean',
      ref: 'ins.env.hall.7',
      'zh-CN': '柜面内部环境卫生',
      en: 'Counter interior',
      kind: 'environment',
      source: `${S004} 2、清潔環境 (L11)`,
    },
    {
      key: 'airConditionerOn',
      ref: 'ins.equip.on.1',
      'zh-CN': '空调',
      en: 'Air-conditioning',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'queueMachineOn',
      ref: 'ins.equip.on.2',
      'zh-CN': '叫号机',
      en: 'Queue-number machine',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'multimediaOn',
      ref: 'ins.equip.on.3',
      'zh-CN': '多媒体',
      en: 'Multimedia',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'electronicScreensOn',
      ref: 'ins.equip.on.4',
      'zh-CN': '电子屏',
      en: 'Electronic screens',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'cctvOn',
      ref: 'ins.equip.on.5',
      'zh-CN': '监控系统',
      en: 'CCTV',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'waterDispenserOn',
      ref: 'ins.equip.on.6',
      'zh-CN': '饮水机',
      en: 'Water dispenser',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'satisfactionRatersOn',
      ref: 'ins.equip.on.7',
      'zh-CN': '满意度评价器',
      en: 'Satisfaction raters',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'selfServiceDevicesOn',
      ref: 'ins.equip.on.8',
      'zh-CN': '自助设备',
      en: 'Self-service devices',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L13)`,
    },
    {
      key: 'acTemperatureSuitable',
      ref: 'ins.equip.chk.1',
      'zh-CN': '空调温度是否适宜',
      en: 'AC temperature suitable',
      kind: 'device',
      source: `${S004} 3、開啟設備 (L14)`,
    },
    {
      key: 'waterAndCupsSufficient',
      ref: 'ins.equip.chk.2',
      'zh-CN': '饮水机上的水和水杯是否充足',
      en: 'Enough water and cups',
      kind: 'material',
      source: `${S004} 3、開啟設備 (L14)`,
    },
    {
      key: 'formAreaMaterialsComplete',
      ref: 'ins.equip.chk.3',
      'zh-CN': '填单区的资料是否完整',
      en: 'Form-area materials complete',
      kind: 'material',
      source: `${S004} 3、開啟設備 (L14)`,
    },
    {
      key: 'pensAndReadingGlassesAvailable',
      ref: 'ins.equip.chk.4',
      'zh-CN': '书写笔、老花眼镜是否配备齐全',
      en: 'Pens and reading glasses available',
      kind: 'material',
      source: `${S004} 3、開啟設備 (L14)`,
    },
    {
      key: 'opinionBookAndBoxInPlace',
      ref: 'ins.equip.chk.5',
      'zh-CN': '意见簿、意见箱是否放在规定地方',
      en: 'Opinion book and box in their places',
      kind: 'material',
      source: `${S004} 3、開啟設備 (L14)`,
    },
    {
      key: 'signsInPlace',
      ref: 'ins.equip.chk.6',
      'zh-CN': '指示牌是否放在指定地方',
      en: 'Signs in their places',
      kind: 'material',
      source: `${S004} 3、開啟設備 (L14)`,
    },
    {
      key: 'counterMaterialsReplenished',
      ref: 'ins.vault.14',
      'zh-CN': '柜面内业务资料、单证清点补齐',
      en: 'Counter materials counted and replenished',
      kind: 'material',
      source: `${S004} 4、資料準備 (L23)`,
    },
    {
      key: 'inspectionSheetRecorded',
      ref: 'ins.env.hall',
      'zh-CN': '在《柜面经理/主管现场巡视表》上记录检查情况',
      en: 'Check recorded on the site-inspection sheet',
      kind: 'record',
      source: `${S004} 2、清潔環境 (L11)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingCounterOpening['environment']>>;

/** §4.2.6 items 3–13 — 004 一、營業前 4、資料準備 (L18–22). The float (item 2) is counted by denomination. */
const counterMaterials = {
  title: { 'zh-CN': '柜面营业前资料准备', en: 'Counter opening materials' },
  source: `${S004} 第一篇 一、營業前 4、資料準備 (L17–23)`,
  items: [
    {
      key: 'financeSealTaken',
      ref: 'ins.vault.3',
      'zh-CN': '财务章',
      en: 'Finance seal',
      kind: 'security',
      source: `${S004} 4、資料準備 (L19–21)`,
    },
    {
      key: 'legalPersonSealTaken',
      ref: 'ins.vault.4',
      'zh-CN': '公司法人章',
      en: 'Legal-person seal',
      kind: 'security',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'chequesTaken',
      ref: 'ins.vault.5',
      'zh-CN': '现金支票和转账支票',
      en: 'Cash and transfer cheques',
      kind: 'security',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'sealBoxTaken',
      ref: 'ins.vault.6',
      'zh-CN': '业务用章铁皮盒（标注本人名字）',
      en: 'Own labelled seal box',
      kind: 'security',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'paymentVouchersSigned',
      ref: 'ins.vault.7',
      'zh-CN': '收付费凭证（签收）',
      en: 'Payment vouchers received with signature',
      kind: 'record',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'floatChequeIssued',
      ref: 'ins.vault.8',
      'zh-CN': '上一工作日备用金支票',
      en: 'Float cheque for yesterday’s cash payouts',
      kind: 'record',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'servicingFormsSigned',
      ref: 'ins.vault.9',
      'zh-CN': '保全业务单证（签收）',
      en: 'Servicing forms received with signature',
      kind: 'record',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'pcPrinterLoggedIn',
      ref: 'ins.vault.10',
      'zh-CN': '启动电脑主机、打印机，登录业务系统',
      en: 'PC and printer on, logged in',
      kind: 'device',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'noteCheckerAndPosOn',
      ref: 'ins.vault.11',
      'zh-CN': '启动验钞机、POS机',
      en: 'Note checker and POS on',
      kind: 'device',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'openingRegistrationDone',
      ref: 'ins.vault.12',
      'zh-CN': '执行开业登记',
      en: 'Opening registration done',
      kind: 'record',
      source: `${S004} 4、資料準備 (L21)`,
    },
    {
      key: 'formsSufficientForDay',
      ref: 'ins.vault.13',
      'zh-CN': '各类业务单据分量领足',
      en: 'Enough forms for the day',
      kind: 'material',
      source: `${S004} 4、資料準備 (L22)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingCounterOpening['materials']>>;

/** §2.3.2 B — 004 二、營業過程中 4 (L35): what the counter supervisor checks at a receipts & payments clerk's counter. */
const tellerSpotCheckReceiptsPayments = {
  title: { 'zh-CN': '收付费岗重要物品保管检查', en: 'Safekeeping check, receipts & payments post' },
  source: `${S004} 第一篇 二、營業過程中 4 (L35)`,
  items: [
    {
      key: 'fundsSafe',
      ref: 'ins.away.check.1',
      'zh-CN': '资金',
      en: 'Funds',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
    {
      key: 'premiumInvoicesSafe',
      ref: 'ins.away.check.2',
      'zh-CN': '保费发票',
      en: 'Premium invoices',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
    {
      key: 'depositSlipsSafe',
      ref: 'ins.away.check.3',
      'zh-CN': '银行存单',
      en: 'Bank deposit slips',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
    {
      key: 'paymentSealsSafe',
      ref: 'ins.away.check.4',
      'zh-CN': '收付费印章',
      en: 'Receipt/payment seals',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingTellerAbsence['spotCheck']>>;

/** The same check at the other counter posts (L35, second sentence). */
const tellerSpotCheckOther = {
  title: { 'zh-CN': '非收付费岗重要物品保管检查', en: 'Safekeeping check, other counter posts' },
  source: `${S004} 第一篇 二、營業過程中 4 (L35)`,
  items: [
    {
      key: 'filesSafe',
      ref: 'ins.away.check.5',
      'zh-CN': '业务处理的档案',
      en: 'Business files',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
    {
      key: 'formsSafe',
      ref: 'ins.away.check.6',
      'zh-CN': '业务单证',
      en: 'Business forms',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
    {
      key: 'sealsSafe',
      ref: 'ins.away.check.7',
      'zh-CN': '印章等重要物品',
      en: 'Seals and other important items',
      kind: 'security',
      source: `${S004} 二、營業過程中 4 (L35)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingTellerAbsence['spotCheck']>>;

/** §4.2.8 items 8–12 — 004 三、營業結束后 2–6 (L47–55). */
const counterFiling = {
  title: { 'zh-CN': '柜面营业结束后整理与交接', en: 'Counter filing and handover after business' },
  source: `${S004} 第一篇 三、營業結束后 2–6 (L47–55)`,
  items: [
    {
      key: 'sealsFormsCashSorted',
      ref: 'ins.close.8',
      'zh-CN': '印章、业务单证、现金分类整理',
      en: 'Seals, forms and cash sorted',
      kind: 'security',
      source: `${S004} 2、檔案資料和物品整理 (L48)`,
    },
    {
      key: 'handedToCounterSupervisor',
      ref: 'ins.close.8',
      'zh-CN': '交至柜面主管',
      en: 'Handed to the counter supervisor',
      kind: 'security',
      source: `${S004} 2、檔案資料和物品整理 (L48)`,
    },
    {
      key: 'storedInDesignatedSafe',
      ref: 'ins.close.8',
      'zh-CN': '放入指定的保险箱内',
      en: 'Put in the designated safe',
      kind: 'security',
      source: `${S004} 2、檔案資料和物品整理 (L48)`,
    },
    {
      key: 'cashSentToBank',
      ref: 'ins.close.8',
      'zh-CN': '现金交至银行',
      en: 'Cash to the bank',
      kind: 'security',
      source: `${S004} 2、檔案資料和物品整理 (L48)`,
    },
    {
      key: 'handoverPerRule',
      ref: 'ins.close.9',
      'zh-CN': '按“一准”、“二明”、“三清”移交指定岗位并履行交接手续',
      en: 'Handed to the designated post by 一准二明三清, formalities done',
      kind: 'record',
      source: `${S004} 3、資料交接 (L50)`,
    },
    {
      key: 'opinionBookAndBoxChecked',
      ref: 'ins.close.10',
      'zh-CN': '查看意见簿和意见箱',
      en: 'Opinion book and box checked',
      kind: 'record',
      source: `${S004} 4、查看意見簿和意見箱 (L52)`,
    },
    {
      key: 'opinionsRepliedAndFiled',
      ref: 'ins.close.10',
      'zh-CN': '登记、回复、备案',
      en: 'Opinions registered, answered, filed',
      kind: 'record',
      source: `${S004} 4、查看意見簿和意見箱 (L52)`,
    },
    {
      key: 'desksCleared',
      ref: 'ins.close.11',
      'zh-CN': '工作台面彻底清理',
      en: 'Desks cleared',
      kind: 'environment',
      source: `${S004} 5、整理清掃 (L53)`,
    },
    {
      key: 'cleanersNotified',
      ref: 'ins.close.11',
      'zh-CN': '通知保洁清洁大厅',
      en: 'Cleaners told to clean the hall',
      kind: 'environment',
      source: `${S004} 5、整理清掃 (L53)`,
    },
    {
      key: 'loggedOutAndPcOff',
      ref: 'ins.close.12',
      'zh-CN': '退出业务系统，关闭电脑',
      en: 'Logged out, PC off',
      kind: 'security',
      source: `${S004} 6、退出系統,關閉電源 (L55)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingCounterDailyClose['filing']>>;

/** §4.2.8 items 1 and 13 — 004 三、營業結束后 1 (L45) and 7 (L57). */
const counterSignOff = {
  title: { 'zh-CN': '柜面主管审核签字及安全检查', en: 'Counter supervisor sign-off and safety walk' },
  source: `${S004} 第一篇 三、營業結束后 1、日清日結 (L45); 7、巡視大廳 (L57)`,
  items: [
    {
      key: 'dailyReportReviewed',
      ref: 'ins.close.1',
      'zh-CN': '柜面日结报表审核签字',
      en: 'Daily-closing report reviewed and signed',
      kind: 'record',
      source: `${S004} 1、日清日結 (L45)`,
    },
    {
      key: 'receiptsAndPaymentsAudited',
      ref: 'ins.close.1',
      'zh-CN': '对柜面收付费情况进行监督、审核',
      en: 'Receipts and payments audited',
      kind: 'record',
      source: `${S004} 1、日清日結 (L45)`,
    },
    {
      key: 'powerOff',
      ref: 'ins.close.13',
      'zh-CN': '办公机具、空调、设备等电源关闭',
      en: 'Machines, AC and equipment off',
      kind: 'device',
      source: `${S004} 7、巡視大廳 (L57)`,
    },
    {
      key: 'itemsStoredNothingLeft',
      ref: 'ins.close.13',
      'zh-CN': '物品妥善存放，无遗落',
      en: 'Items stored, nothing left',
      kind: 'security',
      source: `${S004} 7、巡視大廳 (L57)`,
    },
    {
      key: 'noFireHazard',
      ref: 'ins.close.13',
      'zh-CN': '杜绝消防隐患',
      en: 'No fire hazard',
      kind: 'security',
      source: `${S004} 7、巡視大廳 (L57)`,
    },
  ],
} as const satisfies Checklist<Keys<BankingCounterDailyClose['signOff']>>;

export const CHECKLISTS = {
  lobbyPreOpening,
  lobbyInBusiness,
  lobbyClosing,
  complaintReception,
  counterEnvironment,
  counterMaterials,
  tellerSpotCheckReceiptsPayments,
  tellerSpotCheckOther,
  counterFiling,
  counterSignOff,
} as const;

export type ChecklistId = keyof typeof CHECKLISTS;

/** Every checklist id, as a literal tuple for activity schemas (`enum`). */
export const CHECKLIST_IDS = [
  'lobbyPreOpening',
  'lobbyInBusiness',
  'lobbyClosing',
  'complaintReception',
  'counterEnvironment',
  'counterMaterials',
  'tellerSpotCheckReceiptsPayments',
  'tellerSpotCheckOther',
  'counterFiling',
  'counterSignOff',
] as const satisfies readonly ChecklistId[];

// Compile-time check that the tuple lists every checklist.
type Missing = Exclude<ChecklistId, (typeof CHECKLIST_IDS)[number]>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;
