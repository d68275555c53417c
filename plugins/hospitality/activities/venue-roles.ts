import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { VENUE_ROLES, type VenueType } from '../data/venues.js';

const ROLE_KEYS = [
  'recorders',
  'handlers',
  'callback',
  'escalation',
  'discipline',
  'customerManagers',
  'departmentManagers',
] as const;

export type Roles = Record<(typeof ROLE_KEYS)[number], string>;

/** The candidate groups of each role at a venue type (data/venues.ts). */
export function rolesOf(venueType: string): Roles {
  const venue = VENUE_ROLES[venueType as VenueType];
  if (!venue) throw new RangeError(`unknown venue type "${venueType}"`);
  return Object.fromEntries(ROLE_KEYS.map((k) => [k, venue[k]])) as Roles;
}

const group = { type: 'string', minLength: 1 } as const;

/** `hospitality.venueRoles@1`: who records, handles, calls back, escalates and disciplines at a venue. */
export const venueRoles = defineActivity({
  version: 1,
  description: {
    en: 'The candidate groups of each role (recorders, handlers, callback, superior, discipline) at a venue type.',
    'zh-CN': '按业态给出各角色的候选组（登记、处理、回访、上级、违纪处理）。',
  },
  input: {
    type: 'object',
    properties: { venueType: { type: 'string', enum: ['teaHouse', 'ktv', 'disco', 'restaurant'] } },
    required: ['venueType'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      recorders: group,
      handlers: group,
      callback: group,
      escalation: group,
      discipline: group,
      customerManagers: group,
      departmentManagers: group,
    },
    required: [...ROLE_KEYS],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    try {
      return rolesOf(input.venueType);
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'UnknownVenue');
    }
  },
});
