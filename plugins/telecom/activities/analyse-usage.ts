import { defineActivity } from '../../../engine/plugin-api/index.js';
import { CALL_CATEGORIES, NEW_SERVICE_IDS, type CallCategory, type NewServiceId } from '../data/new-services.js';

export type CallVolume = Record<CallCategory, number>;

export interface UsagePeriod {
  callVolume: CallVolume;
  servicesUsed: readonly NewServiceId[];
}

export type Decline = 'total' | CallCategory | 'services';

export interface UsageAnalysis {
  totalMinutes: number;
  /** Share of each call category in the current period, percent with one decimal. */
  shares: CallVolume;
  /** Services used out of the nine listed new services, percent with one decimal (使用比率). */
  adoptionRate: number;
  /** Listed new services the client does not use yet: what a visit can demonstrate. */
  unusedServices: NewServiceId[];
  /** Change against the previous period, percent; only when a previous period is given. */
  changePct?: CallVolume & { total: number };
  droppedServices?: NewServiceId[];
  /** What went down against the previous period (empty without one). */
  declines: Decline[];
  source: string;
}

const SOURCE_ANALYSIS =
  '001_9529542b36723db8.txt 客户经理服务规范与常用商务礼仪 服务过程 (L646); 客户经理岗位职责 7 (L699)';

const round1 = (n: number) => Math.round(n * 10) / 10;
const total = (v: CallVolume) => CALL_CATEGORIES.reduce((sum, c) => sum + v[c], 0);
/** Percent change; from zero it is 0 when still zero, else +100 (a new use, no ratio exists). */
const change = (before: number, after: number) =>
  before === 0 ? (after === 0 ? 0 : 100) : round1(((after - before) / before) * 100);

/**
 * Consumption analysis of a key account (分析客户消费行为, L646): call volume by long-distance,
 * local and inter-zone, the adoption rate of the listed new services, and, with a previous period,
 * the changes that the churn warning watches (定期统计、分析、监控客户业务使用和话务量的变化状况, L699
 * item 7). The documents give no threshold for a churn tendency (digest §7 item 19): the analysis
 * names what went down; the customer manager judges whether the client really tends to leave.
 */
export function analyseUsagePeriods(current: UsagePeriod, previous?: UsagePeriod): UsageAnalysis {
  const sum = total(current.callVolume);
  const share = (c: CallCategory) => (sum === 0 ? 0 : round1((current.callVolume[c] / sum) * 100));
  const used = new Set(current.servicesUsed);
  const analysis: UsageAnalysis = {
    totalMinutes: sum,
    shares: { longDistance: share('longDistance'), local: share('local'), interZone: share('interZone') },
    adoptionRate: round1((NEW_SERVICE_IDS.filter((s) => used.has(s)).length / NEW_SERVICE_IDS.length) * 100),
    unusedServices: NEW_SERVICE_IDS.filter((s) => !used.has(s)),
    declines: [],
    source: SOURCE_ANALYSIS,
  };
  if (!previous) return analysis;
  const before = previous.callVolume;
  analysis.changePct = {
    total: change(total(before), sum),
    longDistance: change(before.longDistance, current.callVolume.longDistance),
    local: change(before.local, current.callVolume.local),
    interZone: change(before.interZone, current.callVolume.interZone),
  };
  analysis.droppedServices = NEW_SERVICE_IDS.filter((s) => previous.servicesUsed.includes(s) && !used.has(s));
  if (sum < total(before)) analysis.declines.push('total');
  for (const c of CALL_CATEGORIES) if (current.callVolume[c] < before[c]) analysis.declines.push(c);
  if (analysis.droppedServices.length) analysis.declines.push('services');
  return analysis;
}

const volume = {
  type: 'object',
  properties: {
    longDistance: { type: 'number', minimum: 0 },
    local: { type: 'number', minimum: 0 },
    interZone: { type: 'number', minimum: 0 },
  },
  required: ['longDistance', 'local', 'interZone'],
  additionalProperties: false,
} as const;
const services = {
  type: 'array',
  items: { type: 'string', enum: NEW_SERVICE_IDS },
  uniqueItems: true,
} as const;
const period = {
  type: 'object',
  properties: { callVolume: volume, servicesUsed: services },
  required: ['callVolume', 'servicesUsed'],
  additionalProperties: false,
} as const;

/** `telecom.analyseUsage@1`: the consumption analysis before a key-account visit or for a churn warning. */
export const analyseUsage = defineActivity({
  version: 1,
  description: {
    en: 'Analyses call volume (long-distance, local, inter-zone) and new-service use, and what changed against the previous period.',
    'zh-CN': '按长途、市话、区间统计分析话务量和新业务使用比率，并与上期比较业务使用和话务量的变化。',
  },
  input: {
    type: 'object',
    // A client seen for the first time has no previous period: null (or absent) skips the comparison.
    properties: { current: period, previous: { ...period, type: ['object', 'null'] } },
    required: ['current'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      totalMinutes: { type: 'number', minimum: 0 },
      shares: volume,
      adoptionRate: { type: 'number', minimum: 0, maximum: 100 },
      unusedServices: services,
      changePct: {
        type: 'object',
        properties: {
          total: { type: 'number' },
          longDistance: { type: 'number' },
          local: { type: 'number' },
          interZone: { type: 'number' },
        },
        required: ['total', 'longDistance', 'local', 'interZone'],
        additionalProperties: false,
      },
      droppedServices: services,
      declines: {
        type: 'array',
        items: { type: 'string', enum: ['total', 'longDistance', 'local', 'interZone', 'services'] },
      },
      source: { type: 'string' },
    },
    required: ['totalMinutes', 'shares', 'adoptionRate', 'unusedServices', 'declines', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const analysis = analyseUsagePeriods(input.current, input.previous ?? undefined);
    ctx.logger.info('usage analysed', { totalMinutes: analysis.totalMinutes, declines: analysis.declines });
    return analysis;
  },
});
