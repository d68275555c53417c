export {
  repeatingSpec,
  ScheduleDefinitionError,
  scheduleIdFor,
  timerStartSchedules,
  type ProcessSchedule,
  type TimerStartScheduleRequest,
} from './timer-start-schedules.js';
export {
  noneStartNodeId,
  playbookSchedule,
  playbookScheduleIdFor,
  scheduledProcessInput,
  type PlaybookScheduleEntry,
  type PlaybookScheduleRequest,
} from './playbook-schedules.js';
