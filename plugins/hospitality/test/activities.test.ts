import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { activityTypeOf, createPluginActivities } from '../../../engine/plugin-api/index.js';
import { memoryPluginDeps } from '../../../engine/plugin-api/testing/index.js';
import { assessFineFromSchedule } from '../activities/assess-fine.js';
import { checkAssignment } from '../activities/check-room-assignment.js';
import { computeHold, holdForBooking } from '../activities/compute-booking-hold.js';
import { evaluateCheck, type NightCheck } from '../activities/evaluate-night-check.js';
import { isoDuration } from '../activities/local-time.js';
import { recipients } from '../activities/notify-staff.js';
import { complaintSlot, planIncidentHandling, type IncidentInput } from '../activities/plan-incident.js';
import { mealPlan } from '../activities/plan-meal-period.js';
import { birthdayIn, computeCarePlan } from '../activities/plan-member-care.js';
import { summarizeCallback, type CallbackCall } from '../activities/summarize-member-callback.js';
import { rolesOf } from '../activities/venue-roles.js';
import { FINE_SCHEDULE } from '../data/fine-schedule.js';
import { NIGHT_CHECK_ITEMS } from '../data/night-check.js';
import { hospitalityPlugin } from '../plugin.js';

const CST = 480;
const deps = memoryPluginDeps();
const activities = createPluginActivities(hospitalityPlugin, deps);
const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const run = async (name: string, input: unknown): Promise<Record<string, unknown>> => {
  const activity = activities[activityTypeOf('hospitality', name, 1)]!;
  const result: unknown = await new MockActivityEnvironment({}, { logger: silent }).run(activity, input);
  return result as Record<string, unknown>;
};

describe('computeHold (002 客户部订房制度 1–2)', () => {
  it('should hold a booking for an arrival before 20:45 until 21:00 China time the same evening (rule 1)', () => {
    // given the room assigned at 19:10 +08:00
    const assignedAt = new Date('2026-03-01T11:10:00Z');
    // when / then
    expect(computeHold('20:30', assignedAt, CST)).toEqual({
      holdRule: 'until2100',
      holdUntil: '2026-03-01T13:00:00.000Z',
    });
  });

  it('should hold until the next evening when the room is assigned after 21:00 (rule 1, README choice 3)', () => {
    expect(computeHold('20:00', new Date('2026-03-01T13:30:00Z'), CST).holdUntil).toBe('2026-03-02T13:00:00.000Z');
  });

  it('should hold an arrival between 20:45 and 22:45 for 20 minutes after the room is assigned (rule 2)', () => {
    expect(computeHold('20:45', new Date('2026-03-01T13:05:00Z'), CST)).toEqual({
      holdRule: 'twentyMinutes',
      holdUntil: '2026-03-01T13:25:00.000Z',
    });
    expect(computeHold('22:45', new Date('2026-03-01T13:05:00Z'), CST).holdRule).toBe('twentyMinutes');
  });

  it('should apply the 20-minute hold after 22:45, marked as the unstated case (§7 item 18)', () => {
    expect(computeHold('23:00', new Date('2026-03-01T14:50:00Z'), CST).holdRule).toBe('after2245');
  });

  it('should refuse a time that is not HH:MM', () => {
    expect(() => computeHold('9pm', new Date(), CST)).toThrow(RangeError);
  });
});

describe('holdForBooking: the hold counted from the front desk’s 排房时间 (rule 1–2)', () => {
  const clock = new Date('2030-01-01T00:00:00Z');

  it('should count a rule-1 hold from roomAssignedAt, not from the clock', () => {
    // given a 20:30 arrival whose room was assigned at 19:10 local time
    const hold = holdForBooking({ expectedArrival: '20:30', roomAssignedAt: '2026-03-01T19:10:00+08:00' }, clock, CST);
    // then it is held 1 h 50 min, until 21:00
    expect(hold).toEqual({
      holdRule: 'until2100',
      holdUntil: '2026-03-01T13:00:00.000Z',
      holdDuration: 'PT1H50M',
      roomAssignedAt: '2026-03-01T11:10:00.000Z',
    });
  });

  it('should give a rule-2 hold of exactly 20 minutes', () => {
    const hold = holdForBooking({ expectedArrival: '21:30', roomAssignedAt: '2026-03-01T21:25:00+08:00' }, clock, CST);
    expect(hold).toMatchObject({ holdRule: 'twentyMinutes', holdDuration: 'PT20M' });
  });

  it('should fall back to the given clock when no assignment time was recorded', () => {
    expect(holdForBooking({ expectedArrival: '21:30' }, clock, CST).roomAssignedAt).toBe(clock.toISOString());
  });
});

describe('assessFineFromSchedule (digest §3.4.6)', () => {
  it('should fine cheating on a late re-booking 500 (002 客户部订房制度 2)', () => {
    expect(assessFineFromSchedule({ code: 'KTV-B02' })).toMatchObject({ amount: 500, dismissal: false });
  });

  it('should multiply the tip 5× then 10×, then dismiss (002 客户部部门制度 14)', () => {
    expect(assessFineFromSchedule({ code: 'KTV-D14', tipAmount: 100 }).amount).toBe(500);
    expect(assessFineFromSchedule({ code: 'KTV-D14', tipAmount: 100, offenceNumber: 2 }).amount).toBe(1000);
    expect(assessFineFromSchedule({ code: 'KTV-D14', offenceNumber: 3 })).toMatchObject({ amount: 0, dismissal: true });
    expect(assessFineFromSchedule({ code: 'KTV-D14', offenceNumber: 3 }).sanction).toMatch(/dismissal/);
  });

  it('should keep a range fine within its bounds and default to the minimum (002 客户部部门制度 8)', () => {
    expect(assessFineFromSchedule({ code: 'KTV-D08' }).amount).toBe(200);
    expect(assessFineFromSchedule({ code: 'KTV-D08', amount: 350 }).amount).toBe(350);
    expect(() => assessFineFromSchedule({ code: 'KTV-D08', amount: 600 })).toThrow(/200–500/);
  });

  it('should dismiss instead of fining a serious fight (002 客户部部门制度 8 重者开除)', () => {
    expect(assessFineFromSchedule({ code: 'KTV-D08', serious: true })).toEqual({
      code: 'KTV-D08',
      amount: 0,
      sanction: 'dismissal (重者开除)',
      dismissal: true,
      source: '002_790cf3708b5abb5e.txt 「客户部部门制度」8',
    });
  });

  it('should suspend on the second unanswered leader call (002 客户部部门制度 11)', () => {
    expect(assessFineFromSchedule({ code: 'KTV-D11' })).toMatchObject({ amount: 100, sanction: '' });
    expect(assessFineFromSchedule({ code: 'KTV-D11', offenceNumber: 2 }).sanction).toMatch(/suspension/);
  });

  it('should double TEA-10 on each repeat and charge TEA-02 per minute (000 大堂经理岗位职责补充机制 2、10)', () => {
    expect(assessFineFromSchedule({ code: 'TEA-10', offenceNumber: 3 }).amount).toBe(80);
    expect(assessFineFromSchedule({ code: 'TEA-02', minutesLate: 7 }).amount).toBe(7);
  });

  it('should fine the missed 00:00 check 20 (000 大堂经理岗位职责补充机制 22)', () => {
    expect(assessFineFromSchedule({ code: 'TEA-22' })).toMatchObject({ amount: 20 });
  });

  it('should fine a late restaurant line-up 10 and give no room (000 第一篇 2)', () => {
    expect(assessFineFromSchedule({ code: 'RST-02' })).toMatchObject({ amount: 10, sanction: /不给予分房/ });
    expect(assessFineFromSchedule({ code: 'RST-13' }).amount).toBe(20);
    expect(assessFineFromSchedule({ code: 'RST-19' }).amount).toBe(100);
  });

  it('should have unique codes, each with a seed source', () => {
    expect(new Set(FINE_SCHEDULE.map((r) => r.code)).size).toBe(FINE_SCHEDULE.length);
    for (const rule of FINE_SCHEDULE) expect(rule.source).toMatch(/^00[02]_[0-9a-f]{16}\.txt /);
  });

  it('should refuse an unknown code', () => {
    expect(() => assessFineFromSchedule({ code: 'NOPE' })).toThrow(/no fine rule/);
  });
});

describe('evaluateCheck (000 大堂经理岗位职责补充机制 22, digest §4.4.5)', () => {
  const allDone = (over: Partial<NightCheck> = {}): NightCheck =>
    ({
      checkedAt: '2026-03-11T00:10:00+08:00',
      dutyManagerName: '何值班经理',
      ...Object.fromEntries(NIGHT_CHECK_ITEMS.map((i) => [i.field, true])),
      ...over,
    }) as NightCheck;

  it('should list the §4.4.5 items in the document order', () => {
    expect(NIGHT_CHECK_ITEMS.map((i) => i.id)).toEqual([
      'tea.late.1',
      'tea.late.2',
      'tea.late.3',
      'tea.late.4',
      'tea.late.5',
      'tea.late.6',
      'tea.late.7',
      'tea.late.8',
      'tea.late.9',
      'tea.late.10',
      'tea.late.11a',
      'tea.late.11b',
      'tea.late.11c',
    ]);
  });

  it('should be all clear when every item is done', () => {
    expect(evaluateCheck(allDone())).toEqual({ allClear: true, hazards: [], openItems: [], incident: null });
  });

  it('should turn a window left open at 00:00 into a safety incident naming it', () => {
    // when
    const result = evaluateCheck(allDone({ midnightWindowsClosed: false, findings: '三号雅间窗户锁扣损坏' }));
    // then
    expect(result.hazards.map((h) => h.id)).toEqual(['tea.late.11b']);
    expect(result.incident).toMatchObject({ incidentType: 'safetyCheck', occurredAt: '2026-03-11T00:10:00+08:00' });
    expect(result.incident?.description).toContain('00:00 窗已关好');
    expect(result.incident?.description).toContain('三号雅间窗户锁扣损坏');
  });

  it('should send undone closing work (daily report, cash check) back, not to an incident', () => {
    const result = evaluateCheck(allDone({ dailyReportFilled: false, cashCheckedAgainstBills: false }));
    expect(result.openItems.map((h) => h.id)).toEqual(['tea.late.7', 'tea.late.9']);
    expect(result.hazards).toEqual([]);
    expect(result.incident).toBeNull();
  });
});

describe('mealPlan (000 第一篇 1、3)', () => {
  it('should line up at 11:00 and greet at 11:30 for lunch, 17:00 and 17:30 for dinner', () => {
    expect(mealPlan('lunch')).toEqual({ meal: 'lunch', lineUpAt: '11:00', greetAt: '11:30', greetDelay: 'PT30M' });
    expect(mealPlan('dinner')).toMatchObject({ lineUpAt: '17:00', greetAt: '17:30', greetDelay: 'PT30M' });
  });
});

describe('checkAssignment (000 第一篇 2、4)', () => {
  const attendance = [
    { cm: 'wu.cm', onTime: true, postureNeat: true },
    { cm: 'fang.cm', onTime: false, postureNeat: true },
  ];
  const bookings = [
    { room: '888', guestName: '刘总', bookedBy: 'wu.cm' },
    { room: '666', guestName: '张女士' },
  ];

  it('should accept an assignment by the rules and list the late customer managers', () => {
    const check = checkAssignment({
      attendance,
      bookings,
      assignments: [
        { room: '888', cm: 'wu.cm' },
        { room: '666', cm: 'wu.cm' },
      ],
    });
    expect(check).toEqual({
      valid: true,
      problems: [],
      lateCms: ['fang.cm'],
      ownBookings: [{ room: '888', cm: 'wu.cm' }],
    });
  });

  it('should refuse a room for a customer manager who was late (不按时到的，不给予分房)', () => {
    const check = checkAssignment({
      attendance,
      bookings,
      assignments: [
        { room: '888', cm: 'wu.cm' },
        { room: '666', cm: 'fang.cm' },
      ],
    });
    expect(check.valid).toBe(false);
    expect(check.problems).toEqual([expect.stringContaining('fang.cm 不按时到')]);
  });

  it('should keep a room with the customer manager who booked it (亲自点菜，跟踪全程服务)', () => {
    const check = checkAssignment({
      attendance: [
        { cm: 'wu.cm', onTime: true, postureNeat: true },
        { cm: 'fang.cm', onTime: true, postureNeat: true },
      ],
      bookings,
      assignments: [
        { room: '888', cm: 'fang.cm' },
        { room: '666', cm: 'wu.cm' },
      ],
    });
    expect(check.problems).toEqual([expect.stringContaining('888：wu.cm 自己定的房间')]);
  });

  it('should let a late booker keep own booking (README, choices)', () => {
    const check = checkAssignment({
      attendance: [
        { cm: 'wu.cm', onTime: false, postureNeat: true },
        { cm: 'fang.cm', onTime: true, postureNeat: true },
      ],
      bookings,
      assignments: [
        { room: '888', cm: 'wu.cm' },
        { room: '666', cm: 'fang.cm' },
      ],
    });
    expect(check).toMatchObject({ valid: true, lateCms: ['wu.cm'] });
  });

  it('should find unassigned, double-assigned and unknown rooms and absent customer managers', () => {
    const check = checkAssignment({
      attendance,
      bookings,
      assignments: [
        { room: '888', cm: 'wu.cm' },
        { room: '888', cm: 'zhao.cm' },
        { room: '999', cm: 'wu.cm' },
      ],
    });
    expect(check.problems).toEqual([
      expect.stringContaining('888：分给了多位客户经理'),
      expect.stringContaining('666：订台单上的包房未分房'),
      expect.stringContaining('888：zhao.cm 未参加站岗例会'),
      expect.stringContaining('999：不在当餐订台单上'),
    ]);
  });
});

describe('computeCarePlan (000 第四篇 一、日工作流程 11:00—11:50; 二、月工作重点 3)', () => {
  it('should send the welcome SMS the day after joining, 11:00–11:50, waiting from the sign-up', () => {
    // given a member who joined at the cashier at 17:30 (17:00—18:00 积极办卡)
    const plan = computeCarePlan({ careType: 'welcomeSms', joinedAt: '2026-03-09T17:30:00+08:00' }, undefined, CST);
    // then
    expect(plan).toEqual({
      careType: 'welcomeSms',
      dueDate: '2026-03-10',
      windowStart: '2026-03-10T03:00:00.000Z',
      windowEnd: '2026-03-10T03:50:00.000Z',
      wait: 'PT17H30M',
      window: 'PT50M',
      dataSlotStart: '2026-03-10T04:20:00.000Z',
      dataSlotEnd: '2026-03-10T05:20:00.000Z',
    });
  });

  it('should read "yesterday" in local time: joined at 00:30 means the welcome SMS the next day', () => {
    const plan = computeCarePlan({ careType: 'welcomeSms', joinedAt: '2026-03-10T00:30:00+08:00' }, undefined, CST);
    expect(plan.dueDate).toBe('2026-03-11');
  });

  it('should close a welcome window already past at once (wait and window PT0S)', () => {
    const plan = computeCarePlan(
      { careType: 'welcomeSms', joinedAt: '2026-03-09T17:30:00+08:00' },
      new Date('2026-03-12T00:00:00Z'),
      CST,
    );
    expect(plan).toMatchObject({ wait: 'PT0S', window: 'PT0S' });
  });

  it('should call on the coming birthday at 11:00', () => {
    const plan = computeCarePlan(
      { careType: 'birthdayCall', birthday: '1975-03-12' },
      new Date('2026-03-10T01:00:00Z'),
      CST,
    );
    expect(plan).toMatchObject({ dueDate: '2026-03-12', wait: 'PT50H', window: 'PT50M' });
  });

  it('should call within the slot that is open, and move to next year once it has closed', () => {
    const inSlot = computeCarePlan(
      { careType: 'birthdayCall', birthday: '1975-03-12' },
      new Date('2026-03-12T03:20:00Z'),
      CST,
    );
    expect(inSlot).toMatchObject({ dueDate: '2026-03-12', wait: 'PT0S', window: 'PT30M' });
    const after = computeCarePlan(
      { careType: 'birthdayCall', birthday: '1975-03-12' },
      new Date('2026-03-12T04:00:00Z'),
      CST,
    );
    expect(after.dueDate).toBe('2027-03-12');
  });

  it('should call a 29 February birthday on 28 February in other years (README, choices)', () => {
    expect(birthdayIn('1992-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1992-02-29', 2028)).toBe('2028-02-29');
  });

  it("should call back last month's new members during this month", () => {
    const plan = computeCarePlan({ careType: 'monthlyCallback' }, new Date('2026-04-01T03:00:00Z'), CST);
    expect(plan).toMatchObject({
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      dueDate: '2026-04-30',
      windowEnd: '2026-04-30T16:00:00.000Z',
      wait: 'PT0S',
      window: 'PT709H',
    });
    expect(computeCarePlan({ careType: 'monthlyCallback' }, new Date('2026-01-01T03:00:00Z'), CST)).toMatchObject({
      periodFrom: '2025-12-01',
      periodTo: '2025-12-31',
    });
  });

  it('should refuse a welcome SMS without a joining time and a birthday call without a birthday', () => {
    expect(() => computeCarePlan({ careType: 'welcomeSms' }, undefined, CST)).toThrow(/joinedAt/);
    expect(() => computeCarePlan({ careType: 'birthdayCall' }, new Date(), CST)).toThrow(/birthday/);
  });
});

describe('summarizeCallback (000 第四篇 二、月工作重点 3 以数据说话、5 异常客户)', () => {
  const call = (over: Partial<CallbackCall>): CallbackCall => ({
    memberName: '周女士',
    joinedOn: '2026-03-09',
    reached: true,
    satisfaction: 'satisfied',
    visitsSinceJoining: 2,
    spendSinceJoining: 300,
    abnormal: false,
    ...over,
  });

  it('should give the figures of the month and report abnormal clients to the superior', () => {
    const summary = summarizeCallback([
      call({}),
      call({ reached: false, satisfaction: undefined as never }),
      call({ satisfaction: 'dissatisfied', visitsSinceJoining: 0, spendSinceJoining: 0, abnormal: true }),
    ]);
    expect(summary).toEqual({
      called: 3,
      reached: 2,
      reachRate: 0.67,
      satisfied: 1,
      dissatisfied: 1,
      notReturned: 1,
      totalSpend: 600,
      abnormal: 1,
      needsReport: true,
    });
  });

  it('should not report a month without abnormal clients, nor divide by zero', () => {
    expect(summarizeCallback([])).toMatchObject({ called: 0, reachRate: 0, needsReport: false });
  });
});

describe('planIncidentHandling (digest §2.1.4)', () => {
  const complaint = (occurredAt: string, venueType: IncidentInput['venueType'] = 'teaHouse'): IncidentInput => ({
    venueType,
    incident: {
      incidentType: 'guestComplaint',
      occurredAt,
      channel: 'onSite',
      roomOrArea: '五号雅间',
      guestName: '刘女士',
      description: '客人投诉茶水续水太慢，等了二十分钟。',
      reportedToSuperior: false,
      addToHandoverLog: true,
    },
  });

  it('should handle a tea-house complaint in the 10:00–11:00 slot (000 第四篇 一、日工作流程)', () => {
    expect(complaintSlot(new Date('2026-03-10T01:30:00Z'), CST).end.toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(complaintSlot(new Date('2026-03-10T02:30:00Z'), CST).end.toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(complaintSlot(new Date('2026-03-10T09:40:00Z'), CST).start.toISOString()).toBe('2026-03-11T02:00:00.000Z');
  });

  it('should pass a finished core report and the slot as low/medium deadline', () => {
    const plan = planIncidentHandling(complaint('2026-03-10T17:40:00+08:00'), CST);
    expect(plan).toMatchObject({
      route: 'incident',
      coreCategory: 'complaint',
      notifySuperior: false,
      resolveSla: { low: 'PT17H20M', medium: 'PT17H20M' },
      resolveReminder: { low: 'PT16H20M', medium: 'PT16H20M' },
      report: {
        occurredAt: '2026-03-10T09:40:00.000Z',
        location: '茶楼 五号雅间',
        channel: 'onSite',
        customer: { name: '刘女士' },
      },
    });
  });

  it('should leave the core deadlines of a KTV complaint alone (no slot in the KTV rules)', () => {
    expect(planIncidentHandling(complaint('2026-03-10T23:40:00+08:00', 'ktv'), CST)).toMatchObject({
      resolveSla: null,
      handlingSlot: null,
    });
  });

  it('should route misconduct to the fine schedule with the matching row', () => {
    const input = complaint('2026-03-10T23:15:00+08:00', 'ktv');
    input.incident = {
      ...input.incident,
      incidentType: 'staffMisconduct',
      staffMember: '宋佳',
      misconductType: 'tipAsked',
    };
    expect(planIncidentHandling(input, CST)).toMatchObject({ route: 'discipline', suggestedFineCode: 'KTV-D14' });
  });

  it('should report emergencies and night safety to the superior at once (及时报告上级)', () => {
    const input = complaint('2026-03-10T20:00:00+08:00');
    input.incident = { ...input.incident, incidentType: 'emergency' };
    expect(planIncidentHandling(input, CST)).toMatchObject({ notifySuperior: true, coreCategory: 'serviceEmergency' });
  });
});

describe('helpers', () => {
  it('should map each venue to its groups (digest §1.4)', () => {
    expect(rolesOf('teaHouse')).toMatchObject({ handlers: 'tea-house-01', callback: 'tea-house-customer-managers' });
    expect(rolesOf('disco')).toMatchObject({ departmentManagers: 'ktv-dept-managers' });
    expect(() => rolesOf('sauna')).toThrow(/unknown venue/);
  });

  it('should drop unset and repeated recipients', () => {
    expect(recipients(['he.duty', null, ' chen.lobby ', 'he.duty', ''])).toEqual(['he.duty', 'chen.lobby']);
  });

  it('should write durations as ISO 8601 hours, minutes and seconds', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(-5)).toBe('PT0S');
    expect(isoDuration((50 * 60 + 1) * 60_000 + 5000)).toBe('PT50H1M5S');
  });
});

describe('hospitality activities through the SDK', () => {
  it('should compute the hold from the recorded assignment time', async () => {
    const result = await run('computeBookingHold', {
      expectedArrival: '21:30',
      roomAssignedAt: '2026-03-01T21:25:00+08:00',
    });
    expect(result).toEqual({
      holdRule: 'twentyMinutes',
      holdUntil: '2026-03-01T13:45:00.000Z',
      holdDuration: 'PT20M',
      roomAssignedAt: '2026-03-01T13:25:00.000Z',
    });
  });

  it('should accept a null mapped field and assess the fine', async () => {
    await expect(run('assessFine', { code: 'KTV-D14', tipAmount: 50, offenceNumber: null })).resolves.toMatchObject({
      amount: 250,
    });
  });

  it('should refuse an unknown fine code without retrying', async () => {
    await expect(run('assessFine', { code: 'NOPE' })).rejects.toThrow(/no fine rule/);
  });

  it('should plan a birthday call from the reference time given', async () => {
    await expect(
      run('planMemberCare', {
        careType: 'birthdayCall',
        birthday: '1975-03-12',
        joinedAt: null,
        referenceTime: '2026-03-10T09:00:00+08:00',
      }),
    ).resolves.toMatchObject({ dueDate: '2026-03-12', wait: 'PT50H' });
  });

  it('should notify the named staff and skip unset ones', async () => {
    const before = deps.notifier.sent.length;
    await expect(
      run('notifyStaff', { to: ['he.duty', null], message: '00:00检查未完成', kind: 'hospitality.test' }),
    ).resolves.toEqual({ notified: ['he.duty'] });
    expect(deps.notifier.sent.slice(before)).toEqual([
      { usernames: ['he.duty'], notification: expect.objectContaining({ message: '00:00检查未完成' }) },
    ]);
  });
});
