/** Table types for Kysely; the SQL lives in migrations/. Column names are snake_case as in SQL. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: Json<string[]>;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  supervisor_id: string | null;
  locale: Generated<string>;
}

export interface GroupsTable {
  id: string;
  name: string;
  /** Org unit kind: branch, store, district, team, department… */
  kind: Generated<string>;
  parent_id: string | null;
  head_user_id: string | null;
  created_at: CreatedAt;
}

export interface GroupMembersTable {
  group_id: string;
  user_id: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: CreatedAt;
}

export interface IdempotencyRecordsTable {
  key: string;
  user_id: string;
  route: string;
  request_hash: string;
  status_code: number | null;
  response: Json<unknown> | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  task_id: string | null;
  instance_id: string | null;
  message: string;
  created_by: string | null;
  created_at: CreatedAt;
  read_at: Date | null;
}

export interface InstanceViewersTable {
  instance_id: string;
  user_id: string;
  reason: string;
  created_at: CreatedAt;
}

export interface SessionsTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface ProcessDefinitionsTable {
  id: string;
  key: string;
  version: number;
  name: string | null;
  bpmn_xml: string;
  graph: Json<unknown>;
  /** sha256 of the BPMN XML, to report an unchanged redeploy. */
  hash: string;
  warnings: Json<unknown[]>;
  created_by: string;
  created_at: CreatedAt;
}

export interface ProcessInstancesTable {
  /** The Temporal workflow id. */
  id: string;
  definition_id: string;
  process_key: string;
  version: number;
  business_key: string | null;
  started_by: string;
  started_at: CreatedAt;
}

export interface TasksTable {
  id: string;
  instance_id: string;
  process_key: string;
  node_id: string;
  name: string | null;
  form_id: string | null;
  form_version: number | null;
  assignee: string | null;
  candidate_users: Json<string[]>;
  candidate_groups: Json<string[]>;
  outcomes: Json<string[]>;
  priority: number;
  due_at: Date | null;
  status: 'open' | 'completed' | 'cancelled' | 'interrupted' | 'sentBack';
  completed_by: string | null;
  created_at: CreatedAt;
  closed_at: Date | null;
  /** The delegator while the task is delegated (委托); the assignee returns it to them. */
  owner: string | null;
  delegation_state: 'pending' | 'resolved' | null;
  business_key: string | null;
  started_by: string | null;
  input: Json<Record<string, unknown>> | null;
  data: Json<Record<string, unknown>> | null;
  outcome: string | null;
  urged_at: Date | null;
  /** User task ids this task may be sent back to (退回); null on rows from before the column. */
  send_back_targets: Json<string[]> | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  ip: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  process_definitions: ProcessDefinitionsTable;
  process_instances: ProcessInstancesTable;
  tasks: TasksTable;
  audit_log: AuditLogTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  idempotency_records: IdempotencyRecordsTable;
  notifications: NotificationsTable;
  instance_viewers: InstanceViewersTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;

export interface FormsTable {
  /** The schema's `$id`, `<owner>/<name>`. */
  id: string;
  latest_version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface FormVersionsTable {
  form_id: string;
  version: number;
  /** The FormDocument: schema, uiSchema, labels, steps. Never updated. */
  document: Json<unknown>;
  /** sha256 of the document's canonical JSON, to report an unchanged republish. */
  hash: string;
  /** `api`, or `file:<path>` for form sources loaded at start. */
  source: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface AttachmentsTable {
  /** UUID; what form data refers to (format `attachment-id`). */
  id: string;
  /** The uploaded file's name, shown and used in Content-Disposition. */
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** Key in the blob store. */
  storage_key: string;
  /** User id of the uploader. */
  uploaded_by: string;
  created_at: CreatedAt;
}

// Declaration merging: the forms tables join the Database interface above.
export interface Database {
  forms: FormsTable;
  form_versions: FormVersionsTable;
  attachments: AttachmentsTable;
}
