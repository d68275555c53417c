import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import type { TobaccoDailyRoutine } from '../../../forms/generated/tobacco/daily-routine.js';
import type { TobaccoRoutineVisit } from '../../../forms/generated/tobacco/routine-visit.js';
import { activityTypeOf, createPluginActivities } from '../../../engine/plugin-api/index.js';
import { memoryPluginDeps } from '../../../engine/plugin-api/testing/index.js';
import { assessVisit } from '../activities/assess-routine-visit.js';
import { assessTrigger, deviationOf } from '../activities/assess-special-visit-trigger.js';
import { complaintReportOf } from '../activities/build-complaint-report.js';
import { compileDay, percent } from '../activities/compile-daily-report.js';
import { agreementProgress } from '../activities/compute-agreement-progress.js';
import { indicatorVariance } from '../activities/compute-indicator-variance.js';
import { endOfDayLabel, onboardingDeadlines } from '../activities/compute-onboarding-deadlines.js';
import { orderRatesOf } from '../activities/compute-order-rates.js';
import { monthFocusOf, planDay } from '../activities/plan-working-day.js';
import { reviewPeriod } from '../activities/resolve-review-period.js';
import { pointsFor, scoreRetailer } from '../activities/score-classification.js';
import { lastWorkingDayOfMonth, siteClock, zonedInstant } from '../activities/site-time.js';
import { SCORING_CRITERIA } from '../data/classification-criteria.js';
import { tobaccoPlugin } from '../plugin.js';

const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
/** Runs an activity through the SDK (boundary validation included) with the workflow clock at `now`. */
async function run(name: string, input: unknown, now = new Date('2026-03-02T01:00:00Z')): Promise<Record<string, any>> {
  const deps = { ...memoryPluginDeps(), clock: { now: () => now } };
  const activity = createPluginActivities(tobaccoPlugin, deps)[activityTypeOf('tobacco', name, 1)]!;
  const result: unknown = await new MockActivityEnvironment({}, { logger: silent }).run(activity, input);
  return result as Record<string, any>;
}
const date = (text: string) => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

describe('site time (the wall-clock rules on the workflow clock)', () => {
  it('should place 16:00 in Shanghai at 08:00 UTC', () => {
    expect(
      zonedInstant({ year: 2026, month: 3, day: 2, hour: 16, minute: 0, second: 0 }, 'Asia/Shanghai').toISOString(),
    ).toBe('2026-03-02T08:00:00.000Z');
  });

  it('should keep the distance from asOf: 07:30 → 16:00 is 8 h 30 min of workflow time', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const clock = siteClock(now, 'Asia/Shanghai', '2026-03-02T07:30:00+08:00');
    expect(clock.local).toMatchObject({ year: 2026, month: 3, day: 2, hour: 7, minute: 30 });
    const due = clock.at({ year: 2026, month: 3, day: 2, hour: 16, minute: 0, second: 0 });
    expect(due.getTime() - now.getTime()).toBe(8.5 * 3600_000);
  });

  it('should find the last Monday–Friday of a month', () => {
    expect(lastWorkingDayOfMonth(2026, 3)).toEqual({ year: 2026, month: 3, day: 31 });
    expect(lastWorkingDayOfMonth(2026, 5)).toEqual({ year: 2026, month: 5, day: 29 }); // 31 May is a Sunday
  });
});

describe('planWorkingDay (003 第五篇 二、日常工作流程 (一)—(十))', () => {
  it('should give the day its fixed times: 8:00 meeting, 8:30 schedule, 9:30 first retailer, 15:00, 16:00', () => {
    expect(planDay(date('2026-03-02')).day).toEqual({
      workDate: '2026-03-02',
      weekday: 1,
      forecastPhase: true,
      monthFocus: 'totalForecast',
      meetingBy: '08:00',
      scheduleBy: '08:30',
      firstVisitBy: '09:30',
      fieldEnd: '15:00',
      reportAt: '16:00',
    });
  });

  it('should require the forecast forms only on days 1–10 ((十) 需求预测阶段(每月1日-10日))', () => {
    expect(planDay(date('2026-03-10')).day.forecastPhase).toBe(true);
    expect(planDay(date('2026-03-11')).day.forecastPhase).toBe(false);
  });

  it("should give the month's focus: days 1–5 total forecast, 6–10 individual forecast, then normal visits (一、(一) 4–6)", () => {
    expect([1, 5, 6, 10, 11, 31].map(monthFocusOf)).toEqual([
      'totalForecast',
      'totalForecast',
      'individualForecast',
      'individualForecast',
      'normalVisits',
      'normalVisits',
    ]);
  });

  it('should compute the 16:00 report deadline in Shanghai time from the workflow clock', async () => {
    // 09:00 Shanghai = 01:00 UTC
    const result = await run('planWorkingDay', {});
    expect(result.reportDueAt).toBe('2026-03-02T08:00:00.000Z');
    expect(result.scheduleDueAt).toBe('2026-03-02T00:30:00.000Z');
    expect(result.fieldEndAt).toBe('2026-03-02T07:00:00.000Z');
  });

  it('should skip a scheduled start on a Saturday but not a manual one', async () => {
    const saturday = new Date('2026-03-07T00:00:00Z');
    expect((await run('planWorkingDay', { scheduled: true }, saturday)).skipDay).toBe(true);
    expect((await run('planWorkingDay', { scheduled: null }, saturday)).skipDay).toBe(false);
  });
});

type Field = NonNullable<TobaccoDailyRoutine['field']>;
const schedule = (n: number, marketArea: 'urban' | 'rural'): TobaccoDailyRoutine['morning']['schedule'] => ({
  route: '三片区城区3号线',
  marketArea,
  plannedRetailers: Array.from({ length: n }, (_, i) => ({ retailerId: `R${i + 1}`, name: `客户${i + 1}` })),
});
const field = (visited: number, minutes: number, firstArrivalAt = '09:20'): Field => ({
  firstArrivalAt,
  middaySummary: '上午拜访顺利',
  fieldEndedAt: '15:00',
  visits: Array.from({ length: visited }, (_, i) => ({
    retailerId: `R${i + 1}`,
    visited: true,
    serviceMinutes: minutes,
  })),
});

describe('compileDailyReport (003 (七) 汇报 1–3, 7; 一、(二) 正常拜访的标准)', () => {
  it('should meet the urban standard with 30 visits, and not the rural one with 24', () => {
    expect(compileDay(schedule(30, 'urban'), field(30, 9)).dayReport).toMatchObject({
      minimumVisits: 30,
      quotaMet: true,
    });
    expect(compileDay(schedule(24, 'rural'), field(24, 9)).dayReport).toMatchObject({
      minimumVisits: 25,
      quotaMet: false,
    });
    expect(compileDay(schedule(25, 'rural'), field(25, 9)).dayReport.quotaMet).toBe(true);
  });

  it('should list retailers not visited with their reasons, and planned retailers never recorded', () => {
    const f = field(2, 9);
    f.visits.push({ retailerId: 'R3', visited: false, reasonNotVisited: '店门未开' });
    const facts = compileDay(schedule(4, 'urban'), f).reportFacts;
    expect(facts).toEqual({
      plannedVisits: 4,
      actualVisits: 2,
      notVisited: [
        { retailerId: 'R3', reason: '店门未开' },
        { retailerId: 'R4', reason: '未记录拜访情况 (not recorded)' },
      ],
    });
  });

  it('should flag visits under 8 minutes and a first arrival after 9:30', () => {
    const day = compileDay(schedule(2, 'urban'), field(2, 7, '09:31')).dayReport;
    expect(day.shortVisits).toEqual(['R1', 'R2']);
    expect(day.firstVisitOnTime).toBe(false);
    expect(compileDay(schedule(1, 'urban'), field(1, 8, '09:30')).dayReport).toMatchObject({
      shortVisits: [],
      firstVisitOnTime: true,
    });
  });

  it('should compute the key-brand listing rate (item 7: actually listed ÷ should list)', () => {
    const listing = [
      { brand: 'A', shouldList: 20, actuallyListed: 17 },
      { brand: 'B', shouldList: 10, actuallyListed: 10 },
    ];
    expect(compileDay(schedule(1, 'urban'), field(1, 9), listing).dayReport.keyBrandListingRate).toBe(90);
    expect(compileDay(schedule(1, 'urban'), field(1, 9), []).dayReport.keyBrandListingRate).toBeNull();
  });
});

describe('computeOrderRates (000 四、2、订货数据核准)', () => {
  const check = {
    retailersDueToOrder: 40,
    retailersOrdered: 38,
    eSettlementAttempts: 38,
    eSettlementSucceeded: 37,
    scarceBrandRetailers: 25,
    scarceBrandOrdered: 20,
    unfulfilled: [],
    notOrdered: [],
    eSettlementFailures: [],
    ordersVerified: true as const,
  };
  it('should give the e-settlement, order and scarce-brand rates in percent', () => {
    expect(orderRatesOf(check)).toEqual({
      eSettlementSuccessRate: 97.4,
      orderSuccessRate: 95,
      scarceBrandOrderRate: 80,
    });
  });
  it('should refuse counts that do not add up, without retrying', async () => {
    expect(() => orderRatesOf({ ...check, retailersOrdered: 41 })).toThrow(/more retailers ordered/);
    await expect(run('computeOrderRates', { orderCheck: { ...check, eSettlementSucceeded: 39 } })).rejects.toThrow(
      /e-settlements/,
    );
  });
  it('should leave a rate empty when there is nothing to divide by', () => {
    expect(percent(0, 0)).toBeNull();
  });
});

describe('computeAgreementProgress (003 (九) 计算协议量进度)', () => {
  it('should give progress against the agreed volume and what remains', () => {
    expect(agreementProgress([{ retailerId: 'R1', name: 'x', monthVolume: 30, agreedVolume: 120 }])).toEqual([
      { retailerId: 'R1', agreedVolume: 120, monthVolume: 30, progressPercent: 25, remaining: 90 },
    ]);
  });
});

type Visit = TobaccoRoutineVisit['visit'];
const visit = (over: Partial<Visit> = {}): Visit => ({
  arrivedAt: '2026-03-02T09:25:00+08:00',
  leftAt: '2026-03-02T09:33:00+08:00',
  ask: { greeted: true, recentSales: '平稳' },
  look: {
    stockReasonable: true,
    displayTidy: true,
    priceLabelsComplete: true,
    labelsMatch: true,
    illegalCigarettesFound: false,
  },
  display: {
    oneCodeAligned: true,
    samplesDisplayed: true,
    newVarietiesListed: true,
    keyBrandsProminent: true,
    emptyPacksRemoved: true,
  },
  introduce: { topics: [], infoProvided: [] },
  tidy: [],
  guidance: { given: [] },
  collect: { topics: [] },
  answer: { questions: [] },
  record: { serviceHandbookFilled: true },
  ...over,
});
const preparation: TobaccoRoutineVisit['preparation'] = {
  kit: { introMaterials: true, auxiliaryTools: true, transport: true, otherItems: true },
  latestInfoReady: true,
};

describe('assessRoutineVisit (003 一、(二) 2 每户不得少于8分钟; 000 ·查看出样; 003 6、答 ①)', () => {
  it('should accept exactly 8 minutes and flag 7', () => {
    expect(assessVisit(preparation, visit()).meetsServiceTime).toBe(true);
    const short = assessVisit(preparation, visit({ leftAt: '2026-03-02T09:32:59+08:00' }));
    expect(short).toMatchObject({ serviceMinutes: 7, meetsServiceTime: false });
  });

  it('should list failed display items 1–5 in the document order and ignore the advisory item 6', () => {
    const result = assessVisit(
      preparation,
      visit({
        display: {
          oneCodeAligned: true,
          samplesDisplayed: true,
          newVarietiesListed: false,
          keyBrandsProminent: true,
          emptyPacksRemoved: false,
          arrangement: [],
        },
      }),
    );
    expect(result.displayIssues).toEqual(['newVarietiesListed', 'emptyPacksRemoved']);
    expect(result.summary).toContain('新品种是否上了柜');
  });

  it('should send only the questions not solved on the spot to the leader', () => {
    const result = assessVisit(
      preparation,
      visit({
        answer: {
          questions: [
            { question: 'Q1', kind: 'general', resolvedOnSite: true, answer: '已解释' },
            { question: 'Q2', kind: 'individual', resolvedOnSite: false },
          ],
        },
      }),
    );
    expect(result.openQuestions).toEqual(['Q2']);
  });

  it('should refer illegal cigarettes or an irregular situation to the monopoly department (000 L289–291)', () => {
    expect(assessVisit(preparation, visit()).referToMonopoly).toBe(false);
    expect(assessVisit(preparation, visit({ irregularSituations: ['transferred'] })).referToMonopoly).toBe(true);
    const look = { ...visit().look, illegalCigarettesFound: true, illegalCigaretteTypes: ['smuggled' as const] };
    expect(assessVisit(preparation, visit({ look })).referToMonopoly).toBe(true);
  });

  it('should refuse a visit that ends before it starts', () => {
    expect(() => assessVisit(preparation, visit({ leftAt: '2026-03-02T09:00:00+08:00' }))).toThrow(RangeError);
  });
});

describe('assessSpecialVisitTrigger (000 ·特殊拜访 L203–211)', () => {
  const base = { receivedAt: '2026-03-02T09:00:00+08:00', channel: 'phone' as const, description: '说明情况' };
  it('should always visit on a complaint, irregular-business information or a request', () => {
    for (const type of ['complaint', 'irregularOperationInfo', 'customerRequest'] as const) {
      expect(assessTrigger({ ...base, type }).visitRequired).toBe(true);
    }
  });

  it('should visit when a line deviates by half the usual quantity or more, either way', () => {
    const lines = [
      { brand: 'A', usualQty: 10, orderedQty: 15 },
      { brand: 'B', usualQty: 10, orderedQty: 4 },
      { brand: 'C', usualQty: 10, orderedQty: 14 },
    ];
    const result = assessTrigger({ ...base, type: 'abnormalOrder', orderLines: lines });
    expect(result.visitRequired).toBe(true);
    expect(result.abnormalLines.map((l) => [l.brand, l.deviation])).toEqual([
      ['A', 0.5],
      ['B', -0.6],
    ]);
  });

  it('should treat a variety never ordered before as abnormal, and settle small changes by phone', () => {
    expect(deviationOf(0, 3)).toBe(1_000_000);
    expect(
      assessTrigger({ ...base, type: 'abnormalOrder', orderLines: [{ brand: 'A', usualQty: 10, orderedQty: 13 }] }),
    ).toMatchObject({
      visitRequired: false,
      abnormalLines: [],
    });
  });

  it('should honour a site threshold and refuse an abnormal order without lines', () => {
    const lines = [{ brand: 'A', usualQty: 10, orderedQty: 13 }];
    expect(assessTrigger({ ...base, type: 'abnormalOrder', orderLines: lines }, 0.3).visitRequired).toBe(true);
    expect(() => assessTrigger({ ...base, type: 'abnormalOrder' })).toThrow(/order lines/);
  });
});

describe('buildComplaintReport (003 6、答 ① 请示主管部门或领导后给与答复)', () => {
  const retailer = { id: 'R1', name: '东环路烟酒商行', address: '东环路1128号', contact: '139' };
  const trigger = {
    type: 'complaint' as const,
    receivedAt: '2026-03-02T09:10:00+08:00',
    channel: 'hotline' as const,
    description: '少送两条',
  };
  const visit = {
    visitedAt: '2026-03-02T10:30:00+08:00',
    findings: '核对送货单',
    questionKind: 'individual' as const,
    resolvedOnSite: false,
    escalationReason: '需配送中心核实',
    emotionsHandled: true,
    hotlineReminded: true,
    serviceHandbookFilled: true as const,
    illegalCigarettesFound: false,
    irregularSituations: [],
  };
  it('should carry the trigger, the findings and why it could not be solved into the incident report', () => {
    const report = complaintReportOf(retailer, trigger, visit);
    expect(report).toMatchObject({
      occurredAt: '2026-03-02T09:10:00+08:00',
      location: '东环路烟酒商行 东环路1128号',
      channel: 'hotline',
      customer: { name: '东环路烟酒商行', contact: '139' },
    });
    expect(report.description).toContain('【特殊拜访·接到零售客户投诉时】少送两条');
    expect(report.description).toContain('不能现场解决的原因:需配送中心核实');
    expect(report.immediateActions).toContain('已处理客户情绪');
  });
  it('should refuse a visit that solved the matter on the spot', () => {
    expect(() => complaintReportOf(retailer, trigger, { ...visit, resolvedOnSite: true })).toThrow(
      /nothing to escalate/,
    );
  });
});

describe('computeOnboardingDeadlines (000 ·客户信息维护 1: 领证当天; 一周内)', () => {
  it('should make registration due at the end of the licence day and the business format 7 days later', () => {
    const d = onboardingDeadlines(date('2026-03-02'), date('2026-03-02'));
    expect(endOfDayLabel(d.registrationDue)).toBe('2026-03-02 24:00');
    expect(endOfDayLabel(d.businessFormatDue)).toBe('2026-03-09 24:00');
    expect(d.registeredLate).toBe(false);
  });

  it('should see a registration started after the licence day as late, and refuse a future licence', () => {
    expect(onboardingDeadlines(date('2026-03-02'), date('2026-03-03')).registeredLate).toBe(true);
    expect(() => onboardingDeadlines(date('2026-03-04'), date('2026-03-03'))).toThrow(/after today/);
  });

  it('should put the deadlines on the workflow clock in Shanghai time', async () => {
    const result = await run('computeOnboardingDeadlines', { licenceIssuedOn: '2026-03-02' });
    expect(result.registrationDueAt).toBe('2026-03-02T16:00:00.000Z');
    expect(result.businessFormatDueAt).toBe('2026-03-09T16:00:00.000Z');
  });
});

describe('scoreClassification (000 (三)客户分类流程 2–3; placeholder table, README choices 1–3)', () => {
  const allMet = Object.fromEntries(SCORING_CRITERIA.map((c) => [c.id, { result: 'met' }]));
  const scoring = (items: Record<string, unknown>) =>
    ({ scoringPeriod: '2026Q1', businessFormat: 'convenienceStore', items: { ...allMet, ...items } }) as never;

  it('should total 100 points when every item is met', () => {
    expect(SCORING_CRITERIA.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(100);
    expect(scoreRetailer(scoring({}), 'urban')).toMatchObject({ total: 100, band: 'excellent', deductions: [] });
  });

  it('should deduct half for "partly" and all for "not met", each with the reason to explain', () => {
    const result = scoreRetailer(
      scoring({
        salesLedger: { result: 'partly', deductionReason: '台帐不全' },
        electronicCommerce: { result: 'notMet', deductionReason: '未开通网上订货' },
      }),
      'urban',
    );
    expect(result).toMatchObject({ total: 85, band: 'good', category: '便利店/城区/良好' });
    expect(result.deductions).toEqual([
      { criterion: 'salesLedger', points: 5, reason: '台帐不全' },
      { criterion: 'electronicCommerce', points: 10, reason: '未开通网上订货' },
    ]);
    expect(pointsFor(SCORING_CRITERIA[0]!, 'partly')).toBe(10);
  });

  it('should refuse a deduction without a reason and an item left unscored', () => {
    expect(() => scoreRetailer(scoring({ priceMarking: { result: 'notMet' } }), 'rural')).toThrow(/no reason/);
    const missing = { ...allMet } as Record<string, unknown>;
    delete missing.displayRail;
    expect(() =>
      scoreRetailer({ scoringPeriod: 'x', businessFormat: 'grocery', items: missing } as never, 'rural'),
    ).toThrow(/displayRail/);
  });
});

describe('resolveReviewPeriod (003 一、(一) 1、2、7)', () => {
  it('should review the week just ended on Monday, due 18:00 that afternoon', () => {
    expect(reviewPeriod('week', date('2026-03-02'), true).period).toEqual({
      kind: 'week',
      label: '2026-02-23 至 2026-03-01 周总结',
      startDate: '2026-02-23',
      endDate: '2026-03-01',
      dueLocal: '2026-03-02 18:00',
    });
  });

  it('should review the month just ended on the 1st, across a year end', () => {
    expect(reviewPeriod('month', date('2026-01-01'), true).period).toMatchObject({
      label: '2025年12月 月总结',
      startDate: '2025-12-01',
      endDate: '2025-12-31',
      dueLocal: '2026-01-01 18:00',
    });
  });

  it("should plan next month only on the month's last working day when scheduled", () => {
    expect(reviewPeriod('nextMonthPlan', date('2026-03-31'), true)).toMatchObject({
      skip: false,
      period: { label: '2026年4月 月度拜访计划', startDate: '2026-04-01', endDate: '2026-04-30' },
    });
    expect(reviewPeriod('nextMonthPlan', date('2026-03-30'), true).skip).toBe(true);
    expect(reviewPeriod('nextMonthPlan', date('2026-03-30'), false).skip).toBe(false);
  });
});

describe('computeIndicatorVariance (000 第二篇 三、4、营销过程控制; 周销售例会)', () => {
  it('should list the indicators behind target first with their gap and completion', () => {
    expect(
      indicatorVariance([
        { indicator: 'salesVolume', target: 120, actual: 126 },
        { indicator: 'keyBrands', target: 300, actual: 240 },
      ]),
    ).toEqual([
      { indicator: 'keyBrands', target: 300, actual: 240, gap: -60, completionPercent: 80, behind: true },
      { indicator: 'salesVolume', target: 120, actual: 126, gap: 6, completionPercent: 105, behind: false },
    ]);
  });
});
