/**
 * The restaurant customer managers' meal periods and conduct checklist: digest §3.4.1 and §4.4.6,
 * seed `000_8e24495f3205bf16.txt` 第一篇《客户经理工作流程及具体要求》 items 1–19 (L9–45).
 */
export type Meal = 'lunch' | 'dinner';

export interface MealPeriod {
  readonly meal: Meal;
  readonly label: { readonly en: string; readonly 'zh-CN': string };
  /** Line-up at the welcome door and department meeting (item 1: 中午11:00、下午5:00). */
  readonly lineUpAt: string;
  /** Stand at the door to greet guests (item 3: 上午11:30，下午5:30). */
  readonly greetAt: string;
}

export const MEAL_PERIODS: Readonly<Record<Meal, MealPeriod>> = {
  lunch: { meal: 'lunch', label: { en: 'Lunch', 'zh-CN': '午餐' }, lineUpAt: '11:00', greetAt: '11:30' },
  dinner: { meal: 'dinner', label: { en: 'Dinner', 'zh-CN': '晚餐' }, lineUpAt: '17:00', greetAt: '17:30' },
};

/** Conduct checklist `rst.conduct.1`–`.14` (digest §4.4.6), in the document's order. */
export const RESTAURANT_CONDUCT: ReadonlyArray<{ id: string; field: string; item: number; fineCode?: string }> = [
  { id: 'rst.conduct.1', field: 'lineUpPostureNeat', item: 1 },
  { id: 'rst.conduct.2', field: 'greetedAtDoor', item: 3 },
  { id: 'rst.conduct.3', field: 'ownBookingsOrderedInPerson', item: 4 },
  { id: 'rst.conduct.4', field: 'speechGraciousAndFitting', item: 6 },
  { id: 'rst.conduct.5', field: 'noLoudDrinkingOrLaughing', item: 7 },
  { id: 'rst.conduct.6', field: 'teamSpirit', item: 8 },
  { id: 'rst.conduct.7', field: 'inRoomsHelpingServers', item: 9 },
  { id: 'rst.conduct.8', field: 'learningEtiquetteAndDishes', item: 11 },
  { id: 'rst.conduct.9', field: 'lightMakeUpNeatDress', item: 15 },
  { id: 'rst.conduct.10', field: 'noGroupChattingOnPatrol', item: 13, fineCode: 'RST-13' },
  { id: 'rst.conduct.11', field: 'noCliquesOrGossip', item: 16, fineCode: 'RST-16' },
  { id: 'rst.conduct.12', field: 'officeCleanedByDutyPerson', item: 17 },
  { id: 'rst.conduct.13', field: 'teamEventsAttended', item: 18, fineCode: 'RST-18' },
  { id: 'rst.conduct.14', field: 'guestLiftNotMisused', item: 19, fineCode: 'RST-19' },
];
