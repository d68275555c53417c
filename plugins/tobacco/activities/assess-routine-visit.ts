import { ApplicationFailure } from '@temporalio/activity';
import type { TobaccoRoutineVisit } from '../../../forms/generated/tobacco/routine-visit.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { DISPLAY_CHECK, VISIT_KIT, VISIT_LOOKS, labelOf } from '../data/checklists.js';
import { VISIT_STANDARDS } from '../data/work-standards.js';

type Preparation = TobaccoRoutineVisit['preparation'];
type Visit = TobaccoRoutineVisit['visit'];

export interface VisitAssessment {
  serviceMinutes: number;
  meetsServiceTime: boolean;
  kitMissing: string[];
  lookIssues: string[];
  displayIssues: string[];
  openQuestions: string[];
  referToMonopoly: boolean;
  summary: string;
}

/**
 * What a routine visit leaves to do (digest §3.1.2):
 * - service time = left − arrived, at least 8 minutes (003 一、(二)正常拜访的标准 2 L233);
 * - kit items missing (003 (三) L249–257), looks not in order (003 2、看 L271–277), display items
 *   not in order (000 ·查看出样 1–5 L137–145; item 6 is advice and never fails);
 * - individual questions not solved on the spot go to the competent department or leader
 *   (003 6、答 ① L313);
 * - illegal cigarettes or an irregular situation go to the monopoly department on the
 *   customer-information form (000 五、专销联动沟通流程 ·异常业务信息 L289–291).
 */
export function assessVisit(preparation: Preparation, visit: Visit): VisitAssessment {
  const arrived = Date.parse(visit.arrivedAt);
  const left = Date.parse(visit.leftAt);
  if (!(left >= arrived)) throw new RangeError('the visit must end after it starts (leftAt before arrivedAt)');
  const serviceMinutes = Math.floor((left - arrived) / 60_000);
  const meetsServiceTime = serviceMinutes >= VISIT_STANDARDS.minimumServiceMinutes;
  const kit = preparation.kit as unknown as Record<string, boolean>;
  const look = visit.look as unknown as Record<string, boolean>;
  const display = visit.display as unknown as Record<string, boolean>;
  const kitMissing = VISIT_KIT.filter((i) => kit[i.id] !== true).map((i) => i.id);
  const lookIssues = VISIT_LOOKS.filter((i) => look[i.id] !== true).map((i) => i.id);
  const displayIssues = DISPLAY_CHECK.filter((i) => display[i.id] !== true).map((i) => i.id);
  const openQuestions = visit.answer.questions.filter((q) => !q.resolvedOnSite).map((q) => q.question);
  const referToMonopoly = visit.look.illegalCigarettesFound || (visit.irregularSituations ?? []).length > 0;
  const parts = [
    `服务时间${serviceMinutes}分钟${meetsServiceTime ? '' : `(不足${VISIT_STANDARDS.minimumServiceMinutes}分钟)`}`,
    kitMissing.length ? `工具包缺:${kitMissing.map((id) => labelOf(VISIT_KIT, id)).join('、')}` : undefined,
    lookIssues.length ? `看:${lookIssues.map((id) => labelOf(VISIT_LOOKS, id)).join('、')}不合格` : undefined,
    displayIssues.length ? `出样:${displayIssues.map((id) => labelOf(DISPLAY_CHECK, id)).join('、')}不合格` : undefined,
    openQuestions.length ? `${openQuestions.length}个问题需请示主管部门或领导` : undefined,
    referToMonopoly ? '需填报客户信息沟通表' : undefined,
  ];
  return {
    serviceMinutes,
    meetsServiceTime,
    kitMissing,
    lookIssues,
    displayIssues,
    openQuestions,
    referToMonopoly,
    summary: parts.filter(Boolean).join(';'),
  };
}

/** `tobacco.assessRoutineVisit@1`: checks a routine visit against the visit standards and routes what is left. */
export const assessRoutineVisit = defineActivity({
  version: 1,
  description: {
    en: 'Checks a routine visit: 8-minute service time, kit, looks, display check; open questions; monopoly referral.',
    'zh-CN': '评估正常拜访:每户8分钟、工具包、"看"、查看出样;未能现场解决的问题;是否报专卖部门。',
  },
  input: {
    type: 'object',
    properties: { preparation: { type: 'object' }, visit: { type: 'object' } },
    required: ['preparation', 'visit'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      serviceMinutes: { type: 'integer', minimum: 0 },
      meetsServiceTime: { type: 'boolean' },
      kitMissing: { type: 'array', items: { type: 'string' } },
      lookIssues: { type: 'array', items: { type: 'string' } },
      displayIssues: { type: 'array', items: { type: 'string' } },
      openQuestions: { type: 'array', items: { type: 'string' } },
      referToMonopoly: { type: 'boolean' },
      summary: { type: 'string' },
    },
    required: [
      'serviceMinutes',
      'meetsServiceTime',
      'kitMissing',
      'lookIssues',
      'displayIssues',
      'openQuestions',
      'referToMonopoly',
      'summary',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const assessment = assessVisit(input.preparation as unknown as Preparation, input.visit as unknown as Visit);
      ctx.logger.info('routine visit assessed', { summary: assessment.summary });
      return assessment;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidVisit');
    }
  },
});
