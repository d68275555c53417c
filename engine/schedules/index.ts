export {
  ScheduleDefinitionError,
  scheduleIdFor,
  timerStartSchedules,
  type ProcessSchedule,
  type TimerStartScheduleRequest,
} from './timer-start-schedules.js';
