import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { activityTypeOf, createPluginActivities } from '../../../engine/plugin-api/index.js';
import { memoryPluginDeps } from '../../../engine/plugin-api/testing/index.js';
import { assessQueue } from '../activities/assess-queue.js';
import { computeCallbackDue, reviewClientDocuments } from '../activities/client-onboarding.js';
import { composeIncidentReport } from '../activities/compose-incident-report.js';
import { checkMorningMeeting, meetingWindow, planMorningMeeting } from '../activities/morning-meeting.js';
import { planBusinessDay } from '../activities/plan-business-day.js';
import { reconcileDailyClose, type Settlement } from '../activities/reconcile-daily-close.js';
import { reconcileFloat } from '../activities/reconcile-float.js';
import { reviewChecklist } from '../activities/review-checklist.js';
import { CASH_COUNT } from '../activities/schemas.js';
import { CHECKLISTS } from '../data/checklists.js';
import { DENOMINATION_CODES } from '../data/denominations.js';
import { bankingPlugin } from '../plugin.js';

const CST = 480;
const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const activities = createPluginActivities(bankingPlugin, memoryPluginDeps());
const run = async (name: string, input: unknown): Promise<Record<string, unknown>> => {
  const activity = activities[activityTypeOf('banking', name, 1)]!;
  const result: unknown = await new MockActivityEnvironment({}, { logger: silent }).run(activity, input);
  return result as Record<string, unknown>;
};
const allTrue = (keys: readonly { key: string }[]) => Object.fromEntries(keys.map((k) => [k.key, true]));

describe('planBusinessDay (schedules: opening and closing times of the site)', () => {
  const now = new Date('2026-03-10T00:30:00Z'); // 08:30 China time

  it('should measure opening and closing from the start time of the duty', () => {
    // when
    const day = planBusinessDay({ openingTime: '09:00', closingTime: '17:00', startTime: '08:30' }, now, CST);
    // then
    expect(day).toMatchObject({
      businessDate: '2026-03-10',
      untilOpening: 'PT30M',
      untilClosing: 'PT8H30M',
      openingAt: '2026-03-10T01:00:00.000Z',
      closingAt: '2026-03-10T09:00:00.000Z',
      startedAfterOpening: false,
    });
  });

  it('should read the start time off the clock when none is given', () => {
    expect(planBusinessDay({ openingTime: '09:00', closingTime: '17:00' }, now, CST).startTime).toBe('08:30');
  });

  it('should make a duty started after opening due at once', () => {
    const day = planBusinessDay({ openingTime: '09:00', closingTime: '17:00', startTime: '09:20' }, now, CST);
    expect(day).toMatchObject({ untilOpening: 'PT0M', untilClosing: 'PT7H40M', startedAfterOpening: true });
  });

  it('should refuse closing before opening and a start after closing', () => {
    expect(() => planBusinessDay({ openingTime: '17:00', closingTime: '09:00' }, now, CST)).toThrow(/after opening/);
    expect(() => planBusinessDay({ openingTime: '09:00', closingTime: '17:00', startTime: '17:00' }, now, CST)).toThrow(
      /after closing/,
    );
  });
});

describe('reviewChecklist (digest §4.2 checklists)', () => {
  it('should hold the documents’ item counts, in their order', () => {
    // 003 第十一–十六条 (§4.2.1: 14 items), 第三十–三十四条 (§4.2.2: 10 items), 004 L10–14 and L23 (§4.2.4),
    // 004 L18–22 (§4.2.6 items 3–13), 004 L34–35 (§2.3.2 B), 004 L47–57 (§4.2.8)
    expect(CHECKLISTS.lobbyPreOpening.items.map((i) => i.ref)).toEqual(
      Array.from({ length: 14 }, (_, i) => `bank.lobby.open.${i + 1}`),
    );
    expect(CHECKLISTS.lobbyClosing.items.map((i) => i.ref)).toEqual(
      Array.from({ length: 10 }, (_, i) => `bank.lobby.close.${i + 1}`),
    );
    expect(CHECKLISTS.counterEnvironment.items.filter((i) => i.ref.startsWith('ins.equip.on'))).toHaveLength(8);
    expect(CHECKLISTS.counterEnvironment.items.filter((i) => i.ref.startsWith('ins.env.hall.'))).toHaveLength(7);
    expect(CHECKLISTS.counterMaterials.items).toHaveLength(11);
    expect(CHECKLISTS.tellerSpotCheckReceiptsPayments.items).toHaveLength(4);
    expect(CHECKLISTS.tellerSpotCheckOther.items).toHaveLength(3);
  });

  it('should pass a lobby pre-opening checklist with every item ticked (003 第十一–十六条)', () => {
    const review = reviewChecklist('lobbyPreOpening', allTrue(CHECKLISTS.lobbyPreOpening.items));
    expect(review).toMatchObject({ allPassed: true, total: 14, passed: 14, hasDeviceFault: false });
  });

  it('should report a queue system that does not work as a device fault (003 第十二条)', () => {
    // given
    const answers = { ...allTrue(CHECKLISTS.lobbyPreOpening.items), queueSystemWorking: false, materialsTidy: false };
    // when
    const review = reviewChecklist('lobbyPreOpening', answers);
    // then
    expect(review.failed.map((f) => [f.key, f.kind])).toEqual([
      ['queueSystemWorking', 'device'],
      ['materialsTidy', 'material'],
    ]);
    expect(review).toMatchObject({ deviceFaults: 1, hasDeviceFault: true, passed: 12 });
    expect(review.summary['zh-CN']).toContain('检查叫号设备运行是否正常');
  });

  it('should count a missing answer as not done and ignore other fields of the section', () => {
    const review = reviewChecklist('complaintReception', { movedToMeetingRoom: true, soothed: true, note: 'x' });
    expect(review.failed.map((f) => f.key)).toEqual(['teaServed']);
  });

  it('should separate hall cleanliness from equipment at the counter (004 一、營業前 2–3)', () => {
    const answers = { ...allTrue(CHECKLISTS.counterEnvironment.items), wallsClean: false, cctvOn: false };
    const review = reviewChecklist('counterEnvironment', answers);
    expect(review).toMatchObject({ environmentIssues: 1, deviceFaults: 1 });
  });
});

describe('composeIncidentReport (core incident report from banking records)', () => {
  const now = new Date('2026-03-10T03:00:00Z');
  const reception = {
    receivedAt: '2026-03-10T02:40:00Z',
    customer: { name: '张女士' },
    movedToMeetingRoom: true,
    soothed: true,
    teaServed: false,
    description: '客户反映年费被误扣，要求退还。',
    complaintCause: '未告知年费规则',
  };

  it('should turn the reception steps of 第二十二条 into immediate actions and name the one missed', () => {
    // when
    const report = composeIncidentReport({ kind: 'complaint', location: '二号洽谈室', reception }, now);
    // then
    expect(report).toMatchObject({ occurredAt: reception.receivedAt, channel: 'onSite', customer: { name: '张女士' } });
    expect(report.immediateActions).toContain('已引导投诉客户到营业厅洽谈室或其他相对封闭区域');
    expect(report.immediateActions).toContain('未及时为客户送上茶水');
    expect(report.description).toContain('投诉原因：未告知年费规则');
  });

  it('should list the failed devices of an equipment fault (004 一、營業前 3)', () => {
    const report = composeIncidentReport(
      { kind: 'equipmentFault', location: '营业大厅', failedItems: [{ 'zh-CN': '叫号机', en: 'Queue machine' }] },
      now,
    );
    expect(report).toMatchObject({ channel: 'onSite', occurredAt: now.toISOString() });
    expect(report.description).toContain('营业前检查发现：叫号机');
  });

  it('should report a cash difference through the handover channel (004 三、營業結束后 1)', () => {
    const report = composeIncidentReport(
      { kind: 'cashDifference', location: '柜面', summary: { 'zh-CN': '现金差100元', en: 'Cash off by 100' } },
      now,
    );
    expect(report).toMatchObject({ channel: 'handover' });
  });

  it('should refuse a report without its record', () => {
    expect(() => composeIncidentReport({ kind: 'complaint', location: '大厅' }, now)).toThrow(/reception/);
  });
});

describe('assessQueue (003 第二十三条; 004 二、營業過程中 6: longest wait ≤ 20 minutes)', () => {
  const base = {
    observedAt: '2026-03-10T02:00:00Z',
    waitingCustomers: 6,
    openWindows: 3,
    totalWindows: 5,
    averageServiceMinutes: 5,
    longestWaitMinutes: 8,
    heavyFlow: false,
  };

  it('should not escalate a queue a new customer clears within 20 minutes', () => {
    expect(assessQueue('lobby', base)).toMatchObject({
      level: 'normal',
      escalate: false,
      escalateTo: 'none',
      projectedWaitMinutes: 10,
      minutesLeft: 12,
    });
  });

  it('should report to the counter supervisor when a new ticket would wait over 20 minutes', () => {
    const q = assessQueue('counter', { ...base, waitingCustomers: 18, openWindows: 2, averageServiceMinutes: 6 });
    expect(q).toMatchObject({ level: 'projectedBreach', escalateTo: 'counterSupervisor', projectedWaitMinutes: 54 });
    expect(q.planDue).toBe('PT12M');
  });

  it('should allow exactly 20 minutes and escalate 21 as a breach due at once', () => {
    expect(assessQueue('counter', { ...base, longestWaitMinutes: 20 }).level).toBe('normal');
    expect(assessQueue('counter', { ...base, longestWaitMinutes: 21 })).toMatchObject({
      level: 'breach',
      minutesLeft: 0,
      planDue: 'PT0M',
      recheckAfter: 'PT20M',
    });
  });

  it('should report a severe queue in the hall to the superior on the lobby manager’s judgement', () => {
    const q = assessQueue('lobby', { ...base, heavyFlow: true });
    expect(q).toMatchObject({ level: 'heavyFlow', escalateTo: 'superior' });
    expect(q.source).toContain('第二十三条');
  });

  it('should escalate customers waiting with no window open, and refuse more open windows than exist', () => {
    expect(assessQueue('counter', { ...base, openWindows: 0 })).toMatchObject({
      level: 'projectedBreach',
      projectedWaitMinutes: -1,
    });
    expect(() => assessQueue('counter', { ...base, openWindows: 6 })).toThrow(/windows open/);
  });
});

describe('cash count schema', () => {
  it('should offer exactly the denominations of data/denominations.ts', () => {
    // when / then
    expect([...CASH_COUNT.items.properties.denomination.enum]).toEqual([...DENOMINATION_CODES]);
  });
});

describe('reconcileFloat (float out of the vault vs last night’s 每日現金盤點表)', () => {
  const sheet: Parameters<typeof reconcileFloat>[1] = [
    { denomination: '100', pieces: 20 },
    { denomination: '50', pieces: 10 },
    { denomination: '0.1', pieces: 3 },
  ];

  it('should balance a float that agrees in every denomination', () => {
    expect(reconcileFloat(sheet, [...sheet].reverse())).toMatchObject({
      balanced: true,
      recordedTotal: 2500.3,
      countedTotal: 2500.3,
      difference: 0,
    });
  });

  it('should find a difference per denomination even when the totals agree', () => {
    // when
    const result = reconcileFloat(sheet, [
      { denomination: '100', pieces: 19 },
      { denomination: '50', pieces: 12 },
      { denomination: '0.1', pieces: 3 },
    ]);
    // then
    expect(result.balanced).toBe(false);
    expect(result.difference).toBe(0);
    expect(result.differences.map((d) => [d.denomination, d.differencePieces, d.differenceAmount])).toEqual([
      ['100', -1, -100],
      ['50', 2, 100],
    ]);
  });

  it('should refuse an unknown denomination', () => {
    expect(() => reconcileFloat(sheet, [{ denomination: '3', pieces: 1 } as never])).toThrow(/not a denomination/);
  });
});

describe('reconcileDailyClose (004 三、營業結束后 1: 賬、實(錢)、證三相符)', () => {
  const settlement: Settlement = {
    servicingItemsInSystem: 14,
    servicingItemsInDocuments: 14,
    cashInSystem: 150.3,
    cashOnVouchers: 150.3,
    cashCount: [
      { denomination: '100', pieces: 1 },
      { denomination: '50', pieces: 1 },
      { denomination: '0.1', pieces: 3 },
    ],
    otherInstruments: [{ instrument: 'cheque', inSystem: 5000, onVouchers: 5000, actual: 5000 }],
    cashDepositedToBank: 150.3,
    tellerDailySlipPrinted: true,
    outletStatementPrinted: true,
    posDailySettlementPrinted: true,
    floatBookBalance: 2300,
    floatCount: [{ denomination: '100', pieces: 23 }],
    cashCountSheetFilled: true,
    floatPutInVaultSafe: true,
  };

  it('should balance a day whose account, cash and vouchers agree to the fen', () => {
    expect(reconcileDailyClose(settlement)).toMatchObject({
      balanced: true,
      threeWayMatch: true,
      cashCounted: 150.3,
      floatCounted: 2300,
      differences: [],
      openItems: [],
    });
  });

  it('should find cash short when the count is below system and vouchers', () => {
    const result = reconcileDailyClose({
      ...settlement,
      cashCount: [{ denomination: '50', pieces: 1 }],
      cashDepositedToBank: 50,
    });
    expect(result.differences.map((d) => [d.code, d.difference])).toEqual([['cash', -100.3]]);
    expect(result.threeWayMatch).toBe(false);
    expect(result.summary['zh-CN']).toContain('现金（账、实、证）差-100.30元');
  });

  it('should find vouchers that disagree with the system even when the cash matches the system', () => {
    const result = reconcileDailyClose({
      ...settlement,
      otherInstruments: [{ instrument: 'draft', inSystem: 800, onVouchers: 700, actual: 800 }],
    });
    expect(result.differences.map((d) => d.code)).toEqual(['draft']);
  });

  it('should check servicing items, the bank deposit and the float book balance', () => {
    const result = reconcileDailyClose({
      ...settlement,
      servicingItemsInDocuments: 13,
      cashDepositedToBank: 150,
      floatBookBalance: 2400,
    });
    expect(result.differences.map((d) => [d.code, d.difference])).toEqual([
      ['servicingItems', -1],
      ['cashDeposit', -0.3],
      ['float', -100],
    ]);
    expect(result.threeWayMatch).toBe(true);
  });

  it('should list printouts, the count sheet and the write-off list as open items without unbalancing', () => {
    const result = reconcileDailyClose({
      ...settlement,
      outletStatementPrinted: false,
      unwrittenOffVouchers: [{ voucherNo: 'SF-1', reason: '作废' }],
    });
    expect(result.balanced).toBe(true);
    expect(result.openItems.map((o) => o.code)).toEqual(['outletStatement', 'manualWriteOffList']);
  });
});

describe('morning meeting (004 一、營業前 1: ≤ 20 minutes, ends 5 minutes before opening)', () => {
  const record = {
    organiser: '何主管',
    startedAt: '08:35',
    endedAt: '08:55',
    attendees: 6,
    morningExercises: true,
    groomingSelfAndPeerChecked: true,
    yesterdayReviewed: true,
    studyAndTasks: true,
    storyShared: true,
    storyTeller: '郑柜员',
  };

  it('should end the meeting by 08:55 for a 09:00 opening, starting by 08:35 for a full 20 minutes', () => {
    expect(meetingWindow('09:00')).toEqual({ latestStartForFullMeeting: '08:35', mustEndBy: '08:55', maxMinutes: 20 });
    expect(meetingWindow('08:30')).toMatchObject({ latestStartForFullMeeting: '08:05', mustEndBy: '08:25' });
  });

  it('should plan the record due at opening from the scheduled start', () => {
    const plan = planMorningMeeting(
      { openingTime: '09:00', startTime: '08:30' },
      new Date('2026-03-10T00:30:00Z'),
      CST,
    );
    expect(plan).toMatchObject({ meetingDate: '2026-03-10', untilMustEnd: 'PT25M', untilOpening: 'PT30M' });
  });

  it('should accept exactly 20 minutes ending at 08:55', () => {
    expect(checkMorningMeeting('09:00', record)).toMatchObject({ compliant: true, durationMinutes: 20 });
  });

  it('should flag a meeting that overruns, ends late and skips an agenda item', () => {
    // when
    const check = checkMorningMeeting('09:00', { ...record, startedAt: '08:30', endedAt: '08:56', storyShared: false });
    // then
    expect(check.findings.map((f) => f.code)).toEqual(['overran', 'endedLate', 'agendaIncomplete']);
    expect(check).toMatchObject({ durationMinutes: 26, minutesOver: 6, endedLateByMinutes: 1 });
    expect(check.missingAgenda.map((a) => a.key)).toEqual(['storyShared']);
  });

  it('should flag a short meeting that still ends after opening − 5', () => {
    expect(
      checkMorningMeeting('09:00', { ...record, startedAt: '08:50', endedAt: '08:58' }).findings.map((f) => f.code),
    ).toEqual(['endedLate']);
  });

  it('should flag an end before the start', () => {
    expect(checkMorningMeeting('09:00', { ...record, startedAt: '08:40', endedAt: '08:40' }).findings[0]!.code).toBe(
      'endsBeforeStart',
    );
  });
});

describe('client onboarding (digest §2.2.2)', () => {
  const docs = {
    idCardPresented: true,
    bankCardPresented: true,
    documentsComplete: true,
    documentsCompliant: true,
    applicantEligible: true,
    informationTrue: true,
  };

  it('should handle complete, compliant documents of an eligible applicant promptly (001 第十一条)', () => {
    expect(reviewClientDocuments('securitiesAccount', docs)).toEqual({
      decision: 'handle',
      reasons: [],
      missingDocuments: [],
    });
  });

  it('should return the documents of a new investor without a bank card (000 第五篇 L529)', () => {
    const result = reviewClientDocuments('securitiesAccount', { ...docs, bankCardPresented: false });
    expect(result.decision).toBe('returnToClient');
    expect(result.missingDocuments.map((m) => m['zh-CN'])).toEqual(['银行卡']);
  });

  it('should not require an ID card and bank card for other bank business, only the review', () => {
    expect(reviewClientDocuments('bankProduct', { ...docs, bankCardPresented: false }).decision).toBe('handle');
    expect(reviewClientDocuments('bankProduct', { ...docs, informationTrue: false }).decision).toBe('returnToClient');
  });

  it('should stop an applicant who is not eligible, whatever the documents (004 二、營業過程中 7)', () => {
    const result = reviewClientDocuments('bankProduct', {
      ...docs,
      applicantEligible: false,
      documentsComplete: false,
    });
    expect(result.decision).toBe('notEligible');
    expect(result.reasons.map((r) => r.code)).toEqual(['notEligible', 'incomplete']);
  });

  it('should make the callback due the same day (000 第五篇 第五步)', () => {
    expect(computeCallbackDue('10:30', '17:00')).toMatchObject({ dueBy: '17:00', dueIn: 'PT6H30M' });
    expect(computeCallbackDue('16:30', '17:00')).toMatchObject({ dueIn: 'PT30M' });
    expect(computeCallbackDue('18:00', '17:00')).toMatchObject({ dueBy: '24:00', dueIn: 'PT6H' });
  });
});

describe('banking activities through the SDK', () => {
  it('should take unset optional variables (null) as not given', async () => {
    const result = await run('planBusinessDay', {
      openingTime: '09:00',
      closingTime: '17:00',
      startTime: '08:30',
      businessDate: null,
      utcOffsetMinutes: null,
    });
    expect(result).toMatchObject({ untilOpening: 'PT30M', untilClosing: 'PT8H30M' });
  });

  it('should refuse inverted business hours without retrying', async () => {
    await expect(run('planBusinessDay', { openingTime: '17:00', closingTime: '09:00' })).rejects.toThrow(
      /after opening/,
    );
  });

  it('should refuse an unknown checklist at the boundary', async () => {
    await expect(run('reviewChecklist', { checklist: 'nope', answers: {} })).rejects.toThrow(/checklist/);
  });

  it('should return a report the core incident-case form accepts', async () => {
    const result = await run('composeIncidentReport', {
      kind: 'equipmentFault',
      location: '营业大厅',
      failedItems: [{ 'zh-CN': '利率牌', en: 'Interest-rate board' }],
      note: null,
      occurredAt: null,
    });
    expect(result['report']).toMatchObject({ channel: 'onSite', location: '营业大厅' });
  });
});
