/**
 * The tobacco checklists as data (digest §4.1), each item with a stable id, the source's own
 * Chinese text, an English rendering and the seed line it comes from. The forms use the same ids
 * in the same order (test/checklists.test.ts keeps them in step); the activities read the labels
 * from here when they list what failed.
 *
 * Seeds: `000` = `000_8e24495f3205bf16.txt` 第三篇:客户经理工作流程 (Suzhou tobacco company);
 * `003` = `003_6bb8784453a9b790.txt` 第五篇:卷烟行业客户经理工作流程 ("七、十、七").
 */

export interface ChecklistItem {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** `<seed> <heading> L<line>` */
  readonly source: string;
}

const S000 = '000_8e24495f3205bf16.txt 第三篇 一、客户关系管理流程 (二)、客户拜访流程';
const S003 = '003_6bb8784453a9b790.txt 第五篇 二、日常工作流程';

/** 查看出样: items 1–5 are checks; item 6 is the advisory arrangement (digest §4.1.1). */
export const DISPLAY_CHECK: readonly ChecklistItem[] = [
  {
    id: 'oneCodeAligned',
    zh: '一烟一码是否对齐',
    en: 'Every cigarette aligned with its own price code',
    source: `${S000} ·查看出样 1 L137`,
  },
  {
    id: 'samplesDisplayed',
    zh: '品种实物出样情况',
    en: 'Physical samples of each variety displayed',
    source: `${S000} ·查看出样 2 L139`,
  },
  {
    id: 'newVarietiesListed',
    zh: '新品种是否上了柜',
    en: 'New varieties on the shelf',
    source: `${S000} ·查看出样 3 L141`,
  },
  {
    id: 'keyBrandsProminent',
    zh: '重点培育的品牌是否摆放在显眼的位置',
    en: 'Key cultivated brands in a prominent position',
    source: `${S000} ·查看出样 4 L143`,
  },
  {
    id: 'emptyPacksRemoved',
    zh: '退出经营的品牌空烟盒是否下柜',
    en: 'Empty packs of discontinued brands taken off the shelf',
    source: `${S000} ·查看出样 5 L145`,
  },
];

/** 查看出样 6: ways a retailer may arrange the display (advisory, not a pass/fail check). */
export const DISPLAY_ARRANGEMENTS: readonly ChecklistItem[] = [
  { id: 'byPrice', zh: '按照价位高低排列', en: 'By price level', source: `${S000} ·查看出样 6 L147` },
  { id: 'byBestSellers', zh: '畅销重点品牌排列', en: 'Best-selling key brands', source: `${S000} ·查看出样 6 L147` },
  { id: 'byColourAndSize', zh: '颜色及规格搭配排列', en: 'Colour and size', source: `${S000} ·查看出样 6 L147` },
  { id: 'byManufacturer', zh: '生产厂家产地排列', en: 'Manufacturer and origin', source: `${S000} ·查看出样 6 L147` },
];

/** 提供资讯 (digest §4.1.2). */
export const INFO_TO_PROVIDE: readonly ChecklistItem[] = [
  {
    id: 'industryTrends',
    zh: '行业近期发展趋势、方针政策、重点推行的工作等信息',
    en: 'Industry trends, policies, priority initiatives',
    source: `${S000} ·提供资讯 1 L151`,
  },
  {
    id: 'brandPromotion',
    zh: '卷烟品牌的宣传促销信息',
    en: 'Brand publicity and promotion',
    source: `${S000} ·提供资讯 2 L153`,
  },
  {
    id: 'priceChanges',
    zh: '卷烟价格调整变化的信息',
    en: 'Cigarette price changes',
    source: `${S000} ·提供资讯 3 L155`,
  },
  { id: 'packagingChanges', zh: '卷烟包装调整更新的信息', en: 'Packaging changes', source: `${S000} ·提供资讯 4 L157` },
  { id: 'supplyInfo', zh: '卷烟货源信息', en: 'Supply information', source: `${S000} ·提供资讯 5 L159` },
  { id: 'newProducts', zh: '新品推广信息', en: 'New-product promotion', source: `${S000} ·提供资讯 6 L161` },
  {
    id: 'counterfeitDetection',
    zh: '真假烟辨别信息',
    en: 'Telling genuine from counterfeit cigarettes',
    source: `${S000} ·提供资讯 7 L163`,
  },
  {
    id: 'storageAndTheftTips',
    zh: '防霉防盗防掉包小常识',
    en: 'Tips against mould, theft and switching',
    source: `${S000} ·提供资讯 8 L165`,
  },
  { id: 'businessTips', zh: '卷烟经营小技巧等', en: 'Small business tips', source: `${S000} ·提供资讯 9 L167` },
  {
    id: 'hotlineReminder',
    zh: '提醒客户投诉专线及服务热线电话号码',
    en: 'Complaint hotline and service hotline numbers reminded',
    source: `${S000} ·提供资讯 10 L169`,
  },
];

/** 收集信息及反馈 (digest §4.1.3). */
export const INFO_TO_COLLECT: readonly ChecklistItem[] = [
  {
    id: 'basicInfoChanges',
    zh: '客户基础信息变更',
    en: "Changes to the retailer's basic information",
    source: `${S000} ·收集信息及反馈 1 L175`,
  },
  {
    id: 'sellThroughAndStock',
    zh: '卷烟动销及库存信息',
    en: 'Sell-through and stock',
    source: `${S000} ·收集信息及反馈 2 L177`,
  },
  {
    id: 'marketAndIllegalInfo',
    zh: '市场信息及违规经营信息(假、私、非卷烟信息)',
    en: 'Market and illegal-business information (counterfeit, smuggled, non-channel)',
    source: `${S000} ·收集信息及反馈 3 L179`,
  },
  {
    id: 'staffServiceOpinions',
    zh: '烟草"三员"服务工作的意见和建议',
    en: 'Opinions on the service of the tobacco "three staff"',
    source: `${S000} ·收集信息及反馈 4 L181`,
  },
  {
    id: 'scarceBrandStrategy',
    zh: '对紧俏品牌投放策略或其他营销策略的意见和建议',
    en: 'Opinions on scarce-brand allocation and other marketing strategies',
    source: `${S000} ·收集信息及反馈 5 L183`,
  },
];

/** 指导经营 (digest §4.1.4). */
export const BUSINESS_GUIDANCE: readonly ChecklistItem[] = [
  {
    id: 'priceMarking',
    zh: '引导客户明码标价,按零售指导价格进行销售',
    en: 'Clear price marking, selling at the retail guide price',
    source: `${S000} ·指导经营 1 L187`,
  },
  {
    id: 'brandAnalysis',
    zh: '帮助零售客户分析卷烟品牌特点、消费群体特点,指导零售客户销售',
    en: 'Brand and consumer-group analysis to guide selling',
    source: `${S000} ·指导经营 2 L189`,
  },
  {
    id: 'salesLedgerAndLaw',
    zh: '帮助零售客户建立销售台帐…宣传烟草专卖法律、法规和政策,引导客户守法诚信经营',
    en: 'Sales ledger and profit; monopoly law and policy; lawful, honest business',
    source: `${S000} ·指导经营 3 L191`,
  },
  {
    id: 'stockAnalysis',
    zh: '帮助零售客户分析存货数量、结构、资金占用、销售进度、盈利等情况,指导零售客户进货',
    en: 'Stock quantity, structure, capital tied up, sales progress, profit; guide purchasing',
    source: `${S000} ·指导经营 4 L193`,
  },
  {
    id: 'orderCycle',
    zh: '督促客户按确定的订货周期购货,及时存款,提高客户订货成功率、结算成功率',
    en: 'Order on the agreed cycle, deposit in time; raise order and settlement success',
    source: `${S000} ·指导经营 5 L195`,
  },
  {
    id: 'displayStandards',
    zh: '指导客户规范商品摆放、广告品布置、柜台陈列',
    en: 'Product placement, advertising material, counter display',
    source: `${S000} ·指导经营 6 L197`,
  },
  {
    id: 'companyInfo',
    zh: '及时向客户传达公司的商品信息、销售信息以及市场消费信息',
    en: 'Company product, sales and market-consumption information',
    source: `${S000} ·指导经营 7 L199`,
  },
];

/** 看: the five looks of the seven visit contents (digest §4.1.5 tob.visit.look.*). */
export const VISIT_LOOKS: readonly ChecklistItem[] = [
  {
    id: 'stockReasonable',
    zh: '看库存是否合理',
    en: 'Stock reasonable',
    source: `${S003} 拜访服务流程七项内容 2、看 ① L271`,
  },
  { id: 'displayTidy', zh: '看卷烟摆放是否整齐', en: 'Cigarettes displayed tidily', source: `${S003} 2、看 ② L273` },
  { id: 'priceLabelsComplete', zh: '看价格标签是否完整', en: 'Price labels complete', source: `${S003} 2、看 ③ L275` },
  {
    id: 'labelsMatch',
    zh: '看烟签是否对应',
    en: 'Cigarette labels match the products',
    source: `${S003} 2、看 ④ L277`,
  },
];

/** 介 (digest §4.1.5 tob.visit.intro.*). */
export const VISIT_INTRODUCTIONS: readonly ChecklistItem[] = [
  { id: 'marketingPolicy', zh: '介绍营销政策', en: 'Marketing policy', source: `${S003} 3、介 ① L283` },
  { id: 'brandChanges', zh: '介绍品牌变化', en: 'Brand changes', source: `${S003} 3、介 ② L285` },
  { id: 'supply', zh: '介绍货源供应', en: 'Supply', source: `${S003} 3、介 ③ L287` },
  { id: 'newBrands', zh: '推介新品牌', en: 'New brands', source: `${S003} 3、介 ④ L289` },
  {
    id: 'salesSkills',
    zh: '介绍销售技巧、服务技巧、推销策略',
    en: 'Sales skills, service skills, selling strategies',
    source: `${S003} 3、介 ⑤ L291`,
  },
];

/** 整 (digest §4.1.5 tob.visit.tidy.*). */
export const VISIT_TIDYING: readonly ChecklistItem[] = [
  { id: 'counter', zh: '整理柜台卫生', en: 'Clean the counter', source: `${S003} 4、整 ① L295` },
  { id: 'display', zh: '整理卷烟摆放', en: 'Tidy the cigarette display', source: `${S003} 4、整 ② L297` },
  { id: 'priceLabels', zh: '整理价格标签', en: 'Tidy price labels', source: `${S003} 4、整 ③ L299` },
];

/** 拜访工具包 (digest §4.1.6; the source says "三种资料" but lists four, §7 item 32). */
export const VISIT_KIT: readonly ChecklistItem[] = [
  {
    id: 'introMaterials',
    zh: '介绍资料:货源分配表、产品介绍、标价签、促销计划、宣传资料',
    en: 'Introduction materials: supply-allocation sheet, product introductions, price tags, promotion plan, publicity',
    source: `${S003} (三)清点工具准备出发 1 L251`,
  },
  {
    id: 'auxiliaryTools',
    zh: '辅助工具:笔、记录本、抹布',
    en: 'Auxiliary tools: pen, notebook, cleaning cloth',
    source: `${S003} (三) 2 L253`,
  },
  {
    id: 'transport',
    zh: '交通工具:摩托车(电动车、自行车)、头盔',
    en: 'Transport: motorbike (e-bike, bicycle), helmet',
    source: `${S003} (三) 3 L255`,
  },
  {
    id: 'otherItems',
    zh: '其他资料:应及时返还给零售户的物品及个人其他物品',
    en: 'Other: items due back to retailers; personal items',
    source: `${S003} (三) 4 L257`,
  },
];

/** 特殊拜访 triggers (digest §4.1.8): any one means an immediate special visit. */
export const SPECIAL_VISIT_TRIGGERS: readonly ChecklistItem[] = [
  {
    id: 'complaint',
    zh: '接到零售客户投诉时',
    en: 'A complaint from the retailer is received',
    source: `${S000} ·特殊拜访 1 L205`,
  },
  {
    id: 'abnormalOrder',
    zh: '订货的品种和数量与平常明显异常时',
    en: 'Ordered varieties and quantities clearly abnormal compared with usual',
    source: `${S000} ·特殊拜访 2 L207`,
  },
  {
    id: 'irregularOperationInfo',
    zh: '接收到有关零售客户不规范经营信息时',
    en: 'Information that the retailer operates irregularly',
    source: `${S000} ·特殊拜访 3 L209`,
  },
  {
    id: 'customerRequest',
    zh: '零售客户提出拜访服务需求时',
    en: 'The retailer asks for a service visit',
    source: `${S000} ·特殊拜访 4 L211`,
  },
];

const S000_LIAISON = '000_8e24495f3205bf16.txt 第三篇 五、专销联动沟通流程 ·异常业务信息';

/** 客户信息沟通表 situations, sent to the monopoly department (digest §4.1.9). */
export const IRREGULAR_SITUATIONS: readonly ChecklistItem[] = [
  { id: 'licenceNoShop', zh: '有证无店', en: 'Licence but no shop', source: `${S000_LIAISON} (1) L289` },
  {
    id: 'addressMismatch',
    zh: '证址不符',
    en: 'Licence address differs from the shop',
    source: `${S000_LIAISON} (1) L289`,
  },
  { id: 'transferred', zh: '转让', en: 'Business transferred', source: `${S000_LIAISON} (1) L289` },
  { id: 'relocated', zh: '搬迁', en: 'Shop relocated', source: `${S000_LIAISON} (1) L289` },
  {
    id: 'oneLicenceManyShops',
    zh: '一证多店',
    en: 'One licence for several shops',
    source: `${S000_LIAISON} (1) L289`,
  },
  { id: 'ceasedOperation', zh: '停止经营活动', en: 'Business ceased', source: `${S000_LIAISON} (1) L289` },
  {
    id: 'transferNotRegistered',
    zh: '未办理转让手续',
    en: 'Transferred without formalities',
    source: `${S000_LIAISON} (1) L289`,
  },
];

/** 假、私、非: the kinds of illegal cigarettes of the regional register (000 L179, L291). */
export const ILLEGAL_CIGARETTE_TYPES: readonly ChecklistItem[] = [
  { id: 'counterfeit', zh: '假(假冒卷烟)', en: 'Counterfeit', source: `${S000_LIAISON} (2) L291` },
  { id: 'smuggled', zh: '私(走私卷烟)', en: 'Smuggled', source: `${S000_LIAISON} (2) L291` },
  { id: 'nonChannel', zh: '非(渠道外卷烟)', en: 'Non-channel (out-of-channel)', source: `${S000_LIAISON} (2) L291` },
];

/** 联动办公处理情况反馈明细表: what the monopoly side reports back (000 L283). */
export const LIAISON_FEEDBACK: readonly ChecklistItem[] = [
  {
    id: 'added',
    zh: '新增',
    en: 'Added',
    source: '000_8e24495f3205bf16.txt 五、专销联动沟通流程 ·联动办公处理情况反馈 L283',
  },
  { id: 'restored', zh: '恢复', en: 'Restored', source: '000 L283' },
  { id: 'changed', zh: '变更', en: 'Changed', source: '000 L283' },
  { id: 'cancelled', zh: '注销', en: 'Cancelled', source: '000 L283' },
  { id: 'supplyStopped', zh: '停供', en: 'Supply stopped', source: '000 L283' },
];

/** The label of an item id in a list, for messages; the id itself when unknown. */
export function labelOf(list: readonly ChecklistItem[], id: string, locale: 'zh' | 'en' = 'zh'): string {
  const item = list.find((entry) => entry.id === id);
  return item ? item[locale] : id;
}
