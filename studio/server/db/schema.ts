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
  status: 'open' | 'completed' | 'cancelled' | 'interrupted';
  completed_by: string | null;
  created_at: CreatedAt;
  closed_at: Date | null;
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
}

export type UserRow = Selectable<UsersTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
