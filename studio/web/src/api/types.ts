/**
 * Shapes of the API's answers, derived from the server's own TypeBox schemas (type-only
 * imports: nothing of the server reaches the bundle), so client and server cannot drift.
 */
import type { Static } from '@fastify/type-provider-typebox';
import type { Group as OrgGroup } from '../../../server/services/org';
import type {
  ActivityEntry as ActivityEntrySchema,
  DefinitionDetail as DefinitionDetailSchema,
  InstanceSummary as InstanceSummarySchema,
  StudioSettings as StudioSettingsSchema,
  TimelineEntry as TimelineEntrySchema,
  UserRow as UserRowSchema,
} from '../../../server/schemas/web-support';
import type {
  AttachmentInfo as AttachmentInfoSchema,
  FormSummary as FormSummarySchema,
  FormVersionInfo as FormVersionInfoSchema,
  PublishedForm as PublishedFormSchema,
} from '../../../server/schemas/forms';
import type { InstanceView as InstanceViewSchema } from '../../../server/schemas/instances';
import type {
  CompileProblem as CompileProblemSchema,
  DefinitionSummary as DefinitionSummarySchema,
  DeployResponse as DeployResponseSchema,
} from '../../../server/schemas/processes';
import type {
  InboxCounts as InboxCountsSchema,
  SlaState as SlaStateSchema,
  TaskDetail as TaskDetailSchema,
  TaskList as TaskListSchema,
  TaskSummary as TaskSummarySchema,
} from '../../../server/schemas/tasks';
import type { User as UserSchema } from '../../../server/schemas/users';
import type { FormDocument, FormView } from '../../../../engine/forms/index';

export type User = Static<typeof UserSchema>;
export type Role = User['roles'][number];
export type TaskSummary = Static<typeof TaskSummarySchema>;
export type TaskDetail = Static<typeof TaskDetailSchema>;
export type TaskList = Static<typeof TaskListSchema>;
export type InboxCounts = Static<typeof InboxCountsSchema>;
export type SlaState = Static<typeof SlaStateSchema>;
export type DefinitionSummary = Static<typeof DefinitionSummarySchema>;
export type DefinitionDetail = Static<typeof DefinitionDetailSchema>;
export type DeployResponse = Static<typeof DeployResponseSchema>;
export type CompileProblem = Static<typeof CompileProblemSchema>;
export type InstanceView = Static<typeof InstanceViewSchema>;
export type InstanceSummary = Static<typeof InstanceSummarySchema>;
export type TimelineEntry = Static<typeof TimelineEntrySchema>;
export type ActivityEntry = Static<typeof ActivityEntrySchema>;
export type StudioSettings = Static<typeof StudioSettingsSchema>;
export type UserRow = Static<typeof UserRowSchema>;
export type Group = OrgGroup;
export type FormSummary = Static<typeof FormSummarySchema>;
export type FormVersionInfo = Static<typeof FormVersionInfoSchema>;
export type PublishedForm = Static<typeof PublishedFormSchema>;
export type AttachmentInfo = Static<typeof AttachmentInfoSchema>;
export type StoredFormVersion = FormVersionInfo & { document: FormDocument };
/** The form of a task as its step may see it (task detail `form`, or the forms view route). */
export type TaskFormView = FormView & { id?: string; version?: number };
export type { FormDocument, FormView };
