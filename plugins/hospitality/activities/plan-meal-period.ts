import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityRestaurantMealPeriod } from '../../../forms/generated/hospitality/restaurant-meal-period.js';
import { MEAL_PERIODS } from '../data/restaurant.js';
import { isoDuration, minutesOfDay, MINUTE } from './local-time.js';

export type Meal = HospitalityRestaurantMealPeriod['meal'];

export interface MealPlan {
  meal: Meal;
  lineUpAt: string;
  greetAt: string;
  /** From the line-up (when the schedule starts the meal period) to the greeting at the door. */
  greetDelay: string;
}

/**
 * The documented times of one meal period (seed 000 第一篇 1 and 3): line-up at 11:00 / 17:00,
 * greeting at the door at 11:30 / 17:30; the greeting timer waits the difference.
 */
export function mealPlan(meal: Meal): MealPlan {
  const period = MEAL_PERIODS[meal];
  if (!period) throw new RangeError(`unknown meal "${String(meal)}"`);
  return {
    meal,
    lineUpAt: period.lineUpAt,
    greetAt: period.greetAt,
    greetDelay: isoDuration((minutesOfDay(period.greetAt) - minutesOfDay(period.lineUpAt)) * MINUTE),
  };
}

/** `hospitality.planMealPeriod@1`: the line-up and greeting times of a lunch or dinner. */
export const planMealPeriod = defineActivity({
  version: 1,
  description: {
    en: 'Times of a restaurant meal period: line-up 11:00 / 17:00, greeting at the door 11:30 / 17:30.',
    'zh-CN': '餐段时间：11:00、17:00站岗开例会，11:30、17:30门口迎客。',
  },
  input: {
    type: 'object',
    properties: { meal: { type: 'string', enum: ['lunch', 'dinner'] } },
    required: ['meal'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      meal: { type: 'string', enum: ['lunch', 'dinner'] },
      lineUpAt: { type: 'string' },
      greetAt: { type: 'string' },
      greetDelay: { type: 'string', format: 'duration' },
    },
    required: ['meal', 'lineUpAt', 'greetAt', 'greetDelay'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    return mealPlan(input.meal);
  },
});
