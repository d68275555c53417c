// Unit tests of the telecom activity logic; each case names the seed rule it checks.
// Seeds: 001 = shared/seeds/001_9529542b36723db8.txt, 004 = shared/seeds/004_ca65cf65bca3c52c.txt.
import { readFileSync } from 'node:fs';
import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { activityTypeOf, createPluginActivities } from '../../../engine/plugin-api/index.js';
import { memoryPluginDeps } from '../../../engine/plugin-api/testing/index.js';
import { analyseUsagePeriods, type UsagePeriod } from '../activities/analyse-usage.js';
import { buildEscalation } from '../activities/build-escalation-report.js';
import { addWorkingDays, isoWeekday, lastWorkingDayOfMonth } from '../activities/calendar.js';
import { classifyArrival } from '../activities/check-arrival.js';
import { arrivalWindowFor } from '../activities/compute-arrival-window.js';
import { planTakeoverAt } from '../activities/plan-takeover.js';
import { resolveReportingDayAt, workingDeadline } from '../activities/resolve-reporting-day.js';
import { reviewHomeVisit, reviewKeyAccountVisit, type HomeVisitRecord } from '../activities/review-visit-conduct.js';
import { scoreMonthly } from '../activities/score-specialist.js';
import { ASSESSMENT_WEIGHTS } from '../data/assessment-weights.js';
import { NEW_SERVICE_IDS, NEW_SERVICES } from '../data/new-services.js';
import { HOME_KIT_ITEMS } from '../data/visit-checklists.js';
import { DEFAULT_CALENDAR } from '../data/working-calendar.js';
import { telecomPlugin } from '../plugin.js';

const CST = DEFAULT_CALENDAR;
const T = '2026-03-10T10:00:00+08:00';

describe('arrival window (001 入户服务规范 三、3, 四、2; 上门走访 L685)', () => {
  it('should plan a home visit 5 minutes early and accept T−10 to T+10', () => {
    expect(arrivalWindowFor(T, 'homeVisit')).toMatchObject({
      appointmentAt: '2026-03-10T02:00:00.000Z',
      plannedArrivalAt: '2026-03-10T01:55:00.000Z',
      opensAt: '2026-03-10T01:50:00.000Z',
      closesAt: '2026-03-10T02:10:00.000Z',
    });
  });

  it('should accept a key-account arrival only 15 to 5 minutes early', () => {
    expect(arrivalWindowFor(T, 'keyAccountVisit')).toMatchObject({
      opensAt: '2026-03-10T01:45:00.000Z',
      closesAt: '2026-03-10T01:55:00.000Z',
    });
  });

  it('should refuse an appointment that is not a date-time', () => {
    expect(() => arrivalWindowFor('tomorrow 10:00', 'homeVisit')).toThrow(RangeError);
  });
});

describe('arrival check (误差前后不超过10分钟; 提前5分钟上门; 提前5—15分钟)', () => {
  const at = (hhmm: string) => `2026-03-10T${hhmm}:00+08:00`;
  it.each([
    ['09:54', -6, 'withinWindow', true],
    ['09:50', -10, 'withinWindow', true],
    ['09:58', -2, 'withinWindow', false],
    ['10:10', 10, 'withinWindow', false],
    ['10:11', 11, 'late', false],
    ['09:49', -11, 'tooEarly', false],
  ] as const)(
    'should read a home-visit arrival at %s as %s minutes, %s, target %s',
    (time, minutes, status, target) => {
      expect(classifyArrival(T, at(time), 'homeVisit')).toMatchObject({
        deviationMinutes: minutes,
        status,
        targetMet: target,
      });
    },
  );

  it.each([
    ['09:50', 'withinWindow', true],
    ['09:45', 'withinWindow', true],
    ['09:56', 'late', false],
    ['09:44', 'tooEarly', false],
  ] as const)('should read a key-account arrival at %s as %s', (time, status, target) => {
    expect(classifyArrival(T, at(time), 'keyAccountVisit')).toMatchObject({ status, targetMet: target });
  });
});

describe('working days (001 L528 每个月最后一个工作日; 004 L153 2个工作日内)', () => {
  it('should know the weekday of a day', () => {
    expect(isoWeekday('2026-03-27')).toBe(5);
    expect(isoWeekday('2026-05-31')).toBe(7);
  });

  it.each([
    ['2026-10', '2026-10-30'],
    ['2026-05', '2026-05-29'],
    ['2026-02', '2026-02-27'],
    ['2026-11', '2026-11-30'],
  ])('should find the last working day of %s: %s', (month, day) => {
    expect(lastWorkingDayOfMonth(month)).toBe(day);
  });

  it('should skip public holidays and count an adjusted working weekend (Spring Festival 2025)', () => {
    const calendar = {
      ...CST,
      holidays: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      adjustedWorkingDays: ['2025-01-26'],
    };
    expect(lastWorkingDayOfMonth('2025-01', calendar)).toBe('2025-01-27');
    expect(lastWorkingDayOfMonth('2026-10', { ...CST, holidays: [], adjustedWorkingDays: ['2026-10-31'] })).toBe(
      '2026-10-31',
    );
  });

  it('should count two working days over a weekend', () => {
    expect(addWorkingDays('2026-03-27', 2)).toBe('2026-03-31');
    expect(addWorkingDays('2026-03-12', 2)).toBe('2026-03-16');
    expect(() => addWorkingDays('2026-03-12', 0)).toThrow(RangeError);
  });

  it('should end the deadline at 24:00 China time of the second working day', () => {
    const { dueDate, dueAt } = workingDeadline(new Date('2026-03-12T02:00:00Z'), 2, CST);
    expect(dueDate).toBe('2026-03-16');
    expect(dueAt.toISOString()).toBe('2026-03-16T16:00:00.000Z');
  });
});

describe('reporting day of the monthly assessment (001 L528)', () => {
  it('should wait until the last working day of the current month begins', () => {
    expect(resolveReportingDayAt(new Date('2026-11-23T01:00:00Z'), CST)).toMatchObject({
      month: '2026-11',
      reportingDay: '2026-11-30',
      opensAt: '2026-11-29T16:00:00.000Z',
      dueAt: '2026-11-30T16:00:00.000Z',
      waitBeforeOpening: `PT${(6 * 24 + 15) * 3600}S`,
      reportingWindow: 'PT86400S',
      backfill: false,
    });
  });

  it('should give the rest of the day when started on the reporting day', () => {
    expect(resolveReportingDayAt(new Date('2026-11-30T03:00:00Z'), CST)).toMatchObject({
      waitBeforeOpening: 'PT0S',
      reportingWindow: `PT${13 * 3600}S`,
      backfill: false,
    });
  });

  it('should give one full day to a back-dated month', () => {
    expect(resolveReportingDayAt(new Date('2026-11-23T01:00:00Z'), CST, '2026-10')).toMatchObject({
      reportingDay: '2026-10-30',
      waitBeforeOpening: 'PT0S',
      reportingWindow: 'PT24H',
      backfill: true,
    });
  });
});

describe('monthly assessment score (001 L524–526: 30% / 30% / 10% / 15%)', () => {
  it('should weight the four indicator groups as documented', () => {
    const result = scoreMonthly({ visitTarget: 90, expansion: 80, dailyWork: 85, other: 90 });
    expect(result).toMatchObject({
      weightedTotal: 73,
      normalisedTotal: 85.88,
      unallocatedWeight: 0.15,
      lateReport: false,
    });
    expect(result.breakdown.map((r) => r.points)).toEqual([27, 24, 8.5, 13.5]);
  });

  it('should give 85 documented points and 100 normalised for full marks (the weights add up to 85%)', () => {
    expect(scoreMonthly({ visitTarget: 100, expansion: 100, dailyWork: 100, other: 100 })).toMatchObject({
      weightedTotal: 85,
      normalisedTotal: 100,
    });
    expect(ASSESSMENT_WEIGHTS.reduce((sum, w) => sum + w.weight, 0)).toBeCloseTo(0.85);
  });

  it('should refuse a score outside 0–100', () => {
    expect(() => scoreMonthly({ visitTarget: 120, expansion: 0, dailyWork: 0, other: 0 })).toThrow(/0–100/);
  });
});

describe('consumption analysis (001 L646 长途、市话、区间; 新业务使用比率; L699 item 7)', () => {
  const current: UsagePeriod = {
    callVolume: { longDistance: 12600, local: 45800, interZone: 8600 },
    servicesUsed: ['groupProducts', 'p2pSms', 'gprs', 'mms'],
  };

  it('should split the call volume and compute the new-service adoption rate', () => {
    expect(analyseUsagePeriods(current)).toMatchObject({
      totalMinutes: 67000,
      shares: { longDistance: 18.8, local: 68.4, interZone: 12.8 },
      adoptionRate: 44.4,
      unusedServices: ['industryApplications', 'ipService', 'mobileSecretary', 'infoOnDemand', 'monternetSms'],
      declines: [],
    });
  });

  it('should name what went down against the previous period for the churn warning', () => {
    const analysis = analyseUsagePeriods(
      {
        callVolume: { longDistance: 6200, local: 21800, interZone: 5600 },
        servicesUsed: ['groupProducts', 'p2pSms', 'gprs'],
      },
      {
        callVolume: { longDistance: 9800, local: 31200, interZone: 5400 },
        servicesUsed: ['groupProducts', 'p2pSms', 'gprs', 'mms', 'mobileSecretary'],
      },
    );
    expect(analysis.changePct).toEqual({ total: -27.6, longDistance: -36.7, local: -30.1, interZone: 3.7 });
    expect(analysis.droppedServices).toEqual(['mms', 'mobileSecretary']);
    expect(analysis.declines).toEqual(['total', 'longDistance', 'local', 'services']);
  });

  it('should count a category used for the first time as +100% and an empty period as 0 shares', () => {
    const empty = { callVolume: { longDistance: 0, local: 0, interZone: 0 }, servicesUsed: [] };
    expect(analyseUsagePeriods(current, empty).changePct?.longDistance).toBe(100);
    expect(analyseUsagePeriods(empty).shares).toEqual({ longDistance: 0, local: 0, interZone: 0 });
  });

  it('should list the nine new services of the document, in its order', () => {
    expect(NEW_SERVICES.map((s) => s.id)).toEqual([...NEW_SERVICE_IDS]);
    expect(NEW_SERVICES.map((s) => s['zh-CN'])).toEqual([
      '集团产品',
      '行业应用',
      '点对点短信',
      'GPRS',
      '彩信',
      'IP业务',
      '移动秘书',
      '信息点播',
      '梦网短信',
    ]);
  });
});

describe('escalation of needs not solved on site (001 L613 反馈至大客户主管，告之客户解决时限)', () => {
  const input = {
    client: { name: '四川省高速公路建设开发集团有限公司', contact: '王志强' },
    location: '集团办公楼5楼会议室',
    occurredAt: '2026-03-18T09:50:00+08:00',
    visitKind: 'keyAccountVisit' as const,
    needs: [
      {
        type: 'complaint' as const,
        description: '地下车库手机无信号',
        resolvedOnSite: false,
        needsOtherDepartment: true,
      },
      { type: 'businessHandling' as const, description: '新增10张集团V网成员卡', resolvedOnSite: true },
    ],
  };

  it('should report only the open needs and turn the time limit into the deadline of every severity', () => {
    const escalation = buildEscalation({ ...input, timeLimit: 'P3D' });
    expect(escalation.openNeeds).toBe(1);
    expect(escalation.report.description).toContain('[投诉] 地下车库手机无信号（需其他部门支持）');
    expect(escalation.report.description).not.toContain('成员卡');
    expect(escalation.promisedBy).toBe('2026-03-21T01:50:00.000Z');
    expect(escalation.resolveSla).toEqual({ critical: 'P3D', high: 'P3D', medium: 'P3D', low: 'P3D' });
    expect(escalation.report.immediateActions).toContain('已告之客户解决时限 P3D');
  });

  it('should leave the deadlines to the company process when no time limit was told', () => {
    const escalation = buildEscalation(input);
    expect(escalation.resolveSla).toBeUndefined();
    expect(escalation.promisedBy).toBeUndefined();
  });

  it('should refuse when every need was solved on site', () => {
    expect(() => buildEscalation({ ...input, needs: [input.needs[1]!] })).toThrow(/nothing to escalate/);
  });
});

describe('takeover plan of a client handover (L613 时限, L492 不得失约, L699 离网关怀)', () => {
  it('should put needs past the time limit first, then those due by the end of the next working day', () => {
    const plan = planTakeoverAt(
      {
        handoverAt: '2026-03-27T17:00:00+08:00', // a Friday
        reason: 'reassignment',
        clients: [
          {
            name: '锦江宾馆',
            category: 'groupClient',
            affinityFileHandedOver: true,
            businessFileHandedOver: true,
            churnRisk: true,
          },
          {
            name: '软件园',
            category: 'groupClient',
            affinityFileHandedOver: true,
            businessFileHandedOver: true,
            churnRisk: false,
          },
        ],
        openRequests: [
          { clientName: '高速集团', description: '试用方案', promisedBy: '2026-04-03T18:00:00+08:00' },
          { clientName: '软件园', description: '信号测试反馈', promisedBy: '2026-03-30T18:00:00+08:00' },
          { clientName: '锦江宾馆', description: '短号开通', promisedBy: '2026-03-27T12:00:00+08:00' },
        ],
        appointments: [
          { clientName: '张秀兰', appointmentAt: '2026-03-31T10:00:00+08:00', visitType: 'homeVisit' },
          { clientName: '李先生', appointmentAt: '2026-03-27T15:00:00+08:00', visitType: 'homeVisit' },
        ],
        visitLogUpToDate: true,
        clientDataUpdated: true,
        confidentialityKept: true,
      },
      CST,
    );
    expect(plan.overdueRequests.map((r) => [r.clientName, r.hoursLeft])).toEqual([['锦江宾馆', -5]]);
    expect(plan.dueSoonRequests.map((r) => [r.clientName, r.hoursLeft])).toEqual([['软件园', 73]]);
    expect(plan.laterRequests.map((r) => r.clientName)).toEqual(['高速集团']);
    expect(plan.upcomingAppointments.map((a) => [a.clientName, a.hoursLeft])).toEqual([['张秀兰', 89]]);
    expect(plan.missedAppointments.map((a) => a.clientName)).toEqual(['李先生']);
    expect(plan.churnCareClients).toEqual(['锦江宾馆']);
  });
});

describe('visit conduct review (digest §4.3.1–4.3.3)', () => {
  const kit = Object.fromEntries(HOME_KIT_ITEMS.map((i) => [i.field, true])) as HomeVisitRecord['preparation']['kit'];
  const home: HomeVisitRecord = {
    appointment: { appointmentAt: T, clientChoseTime: true, serviceLanguageUsed: true },
    preparation: { kit, noAlcohol: true, canArriveOnTime: true },
    arrival: {
      arrivedAt: '2026-03-10T09:54:00+08:00',
      knockedPolitely: true,
      introducedAndStatedPurpose: true,
      admitted: true,
      badgeShown: true,
      cardGiven: true,
    },
    arrivalCheck: { status: 'withinWindow', targetMet: true },
    service: {
      shoeCovers: 'worn',
      noLookingAround: true,
      talkedWithConsent: true,
      registeredInBook: true,
      respectedViewsNoIdleChat: true,
      noSmoking: true,
      politeFarewell: true,
      userInfoFormFilled: true,
    },
    history: { rebookings: 0, cmSideMisses: 0 },
  };

  it('should find every appointment and home-visit rule met (三、1–5, 四、1–7)', () => {
    expect(reviewHomeVisit(home)).toEqual({
      itemsChecked: 12,
      itemsMet: 12,
      missed: [],
      kitMissing: [],
      compliant: true,
    });
  });

  it('should name a broken appointment, shoe covers not worn and a kit item left behind', () => {
    const review = reviewHomeVisit({
      ...home,
      preparation: { ...home.preparation, kit: { ...kit, numberSelectionSheet: false } },
      service: { ...home.service!, shoeCovers: 'notWorn' },
      history: { rebookings: 1, cmSideMisses: 1 },
    });
    expect(review.missed.map((m) => m.id)).toEqual(['tel.appt.5', 'tel.home.5']);
    expect(review.kitMissing.map((m) => m.id)).toEqual(['tel.kit.4']);
    expect(review.itemsChecked).toBe(13);
    expect(review.compliant).toBe(false);
  });

  it('should skip the in-home items when the client did not let the customer manager in', () => {
    const { service: _service, ...rest } = home;
    const review = reviewHomeVisit({
      ...rest,
      arrival: { ...home.arrival, admitted: false, notAdmittedReason: '不方便' },
    });
    expect(review.itemsChecked).toBe(8);
    expect(review.compliant).toBe(true);
  });

  it('should hold the key-account visit to the preparation, arrival and archive rules (tel.ka.*)', () => {
    const review = reviewKeyAccountVisit({
      preparation: {
        bossClientFile: true,
        affinityDb: false,
        serviceRecords: true,
        complaintRecords: true,
        callVolume: { longDistance: 1, local: 1, interZone: 1 },
        servicesUsed: [],
        appointmentAt: T,
        place: '会议室',
      },
      arrival: {
        arrivedAt: '2026-03-10T09:50:00+08:00',
        greeted: true,
        satWhenInvited: true,
        firstMeeting: true,
        smallTalk: 'clientTopics',
      },
      arrivalCheck: { status: 'withinWindow', targetMet: true },
      archive: {
        visitLogEntered: true,
        visitDataArchived: false,
        clientDataUpdated: true,
        problemsReported: 'noProblems',
        archivedAt: '2026-03-10T16:00:00+08:00',
      },
    });
    expect(review.missed.map((m) => m.id)).toEqual(['tel.ka.prep.2', 'tel.ka.visit.4', 'tel.ka.visit.11']);
    expect(review.itemsChecked).toBe(13);
  });

  it('should ask for the kit of the document (五、客户经理走访必备物品, L508) in its order in the form', () => {
    const schema = JSON.parse(readFileSync(new URL('../forms/home-visit.schema.json', import.meta.url), 'utf8')) as {
      properties: { preparation: { properties: { kit: { properties: Record<string, unknown> } } } };
    };
    expect(Object.keys(schema.properties.preparation.properties.kit.properties)).toEqual(
      HOME_KIT_ITEMS.map((i) => i.field),
    );
  });
});

describe('telecom activities through the SDK', () => {
  const deps = { ...memoryPluginDeps(), clock: { now: () => new Date('2026-11-23T01:00:00Z') } };
  const activities = createPluginActivities(telecomPlugin, deps);
  const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  const run = async (name: string, input: unknown): Promise<Record<string, unknown>> => {
    const activity = activities[activityTypeOf('telecom', name, 1)]!;
    const result: unknown = await new MockActivityEnvironment({}, { logger: silent }).run(activity, input);
    return result as Record<string, unknown>;
  };

  it('should resolve the reporting day from the clock when no month is given', async () => {
    await expect(run('resolveReportingDay', { month: null, holidays: null })).resolves.toMatchObject({
      month: '2026-11',
      reportingDay: '2026-11-30',
    });
  });

  it('should count the key-account file deadline from the clock (004 L153)', async () => {
    await expect(run('computeWorkingDeadline', { workingDays: 2 })).resolves.toMatchObject({
      dueDate: '2026-11-25',
      dueAt: '2026-11-25T16:00:00.000Z',
      timeLeft: `PT${(2 * 24 + 15) * 3600}S`,
    });
  });

  it('should refuse a malformed appointment without retrying', async () => {
    await expect(
      run('computeArrivalWindow', { appointmentAt: '2026-02-30T10:00:00Z', visitType: 'homeVisit' }),
    ).rejects.toThrow();
  });

  it('should refuse to escalate when nothing is open', async () => {
    await expect(
      run('buildEscalationReport', {
        client: { name: '客户' },
        location: '客户处',
        occurredAt: T,
        visitKind: 'homeVisit',
        needs: [{ type: 'consultation', description: '咨询', resolvedOnSite: true }],
      }),
    ).rejects.toThrow(/nothing to escalate/);
  });
});
