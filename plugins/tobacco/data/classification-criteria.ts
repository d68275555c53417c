/**
 * Retailer classification (客户分类流程, digest §2.2.1 steps 5–8 and §3.1.5; seed
 * `000_8e24495f3205bf16.txt` 第三篇 一、(三)、客户分类流程 L211–227 and ·客户信息维护 1、3 L125–129).
 *
 * What the seed states: the business format (经营业态) is one of the **seven** formats of the
 * 《分类细则》 (L125); the retailer's operation is scored against the 《江苏省烟草公司苏州市公司零售客户
 * 分类标准细则》, the deductions are explained and the retailer signs (L219); the information
 * system's model classifies by several dimensions (L223); the result sets the supply combination
 * and the service and supply plans (L227).
 *
 * What it does not state (digest §7 item 2): the names of the seven formats, the scoring items and
 * their points, and the grades. The tables below are therefore **placeholders chosen for this
 * plugin** (README, "Ambiguities and choices" 1–3). Replace them with the local 《分类细则》: the
 * activities read only these tables.
 */
import type { ChecklistItem } from './checklists.js';

/**
 * The seven business formats. Not listed in the seed; these are the seven formats of the national
 * retail-customer classification standard (全国统一分类标准, which L215 says the local rules build
 * on): grocery, convenience store, supermarket, department store, tobacco-and-liquor shop,
 * entertainment and services, other.
 */
export const BUSINESS_FORMATS: readonly ChecklistItem[] = [
  { id: 'grocery', zh: '食杂店', en: 'Grocery', source: 'choice: national standard (000 L215 builds on it)' },
  { id: 'convenienceStore', zh: '便利店', en: 'Convenience store', source: 'choice: national standard' },
  { id: 'supermarket', zh: '超市', en: 'Supermarket', source: 'choice: national standard' },
  { id: 'departmentStore', zh: '商场', en: 'Department store', source: 'choice: national standard' },
  { id: 'tobaccoLiquorShop', zh: '烟酒商店', en: 'Tobacco and liquor shop', source: 'choice: national standard' },
  { id: 'entertainment', zh: '娱乐服务类', en: 'Entertainment and services', source: 'choice: national standard' },
  { id: 'other', zh: '其他', en: 'Other', source: 'choice: national standard' },
];

export interface ScoringCriterion extends ChecklistItem {
  /** Points when fully met; `partly` earns half (rounded down), `notMet` nothing. */
  readonly maxPoints: number;
}

/**
 * The scoring items: the retailer-operation standards the seeds do state, weighted by us (100 in
 * all). Each names the seed line that makes it a standard for a retailer.
 */
export const SCORING_CRITERIA: readonly ScoringCriterion[] = [
  {
    id: 'lawfulOperation',
    zh: '守法诚信经营,无假、私、非卷烟',
    en: 'Lawful, honest business; no counterfeit, smuggled or non-channel cigarettes',
    maxPoints: 20,
    source: '000 ·指导经营 3 L191; ·收集信息及反馈 3 L179',
  },
  {
    id: 'priceMarking',
    zh: '明码标价,按零售指导价格销售',
    en: 'Clear price marking; selling at the retail guide price',
    maxPoints: 15,
    source: '000 ·指导经营 1 L187; ·新入网客户指导 L131',
  },
  {
    id: 'displayStandard',
    zh: '卷烟陈列规范(一烟一码、品种出样、重点品牌醒目)',
    en: 'Display to standard (one code per cigarette, samples shown, key brands prominent)',
    maxPoints: 15,
    source: '000 ·查看出样 1–5 L137–145; ·指导经营 6 L197',
  },
  {
    id: 'salesLedger',
    zh: '建立零售户销售台帐',
    en: 'Sales ledger kept',
    maxPoints: 10,
    source: '000 ·指导经营 3 L191; 第二篇 3、(5)精品线路 L109',
  },
  {
    id: 'inventoryManagement',
    zh: '库存分类管理',
    en: 'Inventory kept by category',
    maxPoints: 10,
    source: '000 第二篇 3、(5) L109; ·指导经营 4 L193',
  },
  {
    id: 'orderingDiscipline',
    zh: '按确定的订货周期购货,及时存款',
    en: 'Orders on the agreed cycle; deposits in time for settlement',
    maxPoints: 10,
    source: '000 ·指导经营 5 L195',
  },
  {
    id: 'electronicCommerce',
    zh: '网上订货、智能终端、电子结算',
    en: 'Online ordering, smart terminal, electronic settlement',
    maxPoints: 10,
    source: '000 第二篇 3、(4) L107; ·新入网客户指导 L131',
  },
  {
    id: 'serviceHandbook',
    zh: '客户服务手册规范填写',
    en: 'Customer service handbook filled in correctly',
    maxPoints: 5,
    source: '000 第二篇 3、(5) L109; 003 7、记 ① L319',
  },
  {
    id: 'displayRail',
    zh: '卷烟轨道槽、上柜陈列',
    en: 'Cigarette rail slots and shelf display',
    maxPoints: 5,
    source: '000 第二篇 3、(5) L109',
  },
];

/** Score bands, highest first: the first whose `minScore` the total reaches (placeholder, choice 3). */
export const SCORE_BANDS: ReadonlyArray<{ id: string; minScore: number; zh: string; en: string }> = [
  { id: 'excellent', minScore: 90, zh: '优秀', en: 'Excellent' },
  { id: 'good', minScore: 75, zh: '良好', en: 'Good' },
  { id: 'adequate', minScore: 60, zh: '合格', en: 'Adequate' },
  { id: 'needsImprovement', minScore: 0, zh: '待提升', en: 'Needs improvement' },
];

/** Market types of the district's urban/rural division (000 L215; 003 L231 城区/农村). */
export const MARKET_AREAS: readonly ChecklistItem[] = [
  { id: 'urban', zh: '城区', en: 'Urban', source: '003 一、(二)正常拜访的标准 1 L231' },
  { id: 'rural', zh: '农村', en: 'Rural', source: '003 一、(二)正常拜访的标准 1 L231' },
];
