/**
 * `defineActivity`: one versioned activity of a plugin. The input and output are JSON Schema
 * objects (plain `as const` literals or TypeBox), validated at the boundary by
 * `createPluginActivities`; the handler's parameter and result types are derived from them,
 * so there is no interface to keep in step with the schema.
 */
import type { XSchema, XStatic } from 'typebox/schema';
import type { ActivityContext } from './activity-context.js';

/** A JSON Schema object describing an activity's input or output. */
export type ActivitySchema = XSchema;

/** The TypeScript type a schema describes. */
export type SchemaValue<S extends ActivitySchema> = XStatic<S>;

/** Text the studio shows, in both languages the platform speaks. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** Retry policy; unset fields take the platform defaults (3 attempts, 1s, ×2). */
export interface ActivityRetry {
  /** Attempts in total, 1–1000 (1 means no retry). */
  maximumAttempts?: number;
  /** Wait before the first retry: `500ms`, `1s`, `5m`. */
  initialInterval?: string;
  /** Each wait is the previous one times this, 1–10. */
  backoffCoefficient?: number;
}

/** The handler: gets the validated input and the context, returns what the output schema allows. */
export type ActivityExecute<I extends ActivitySchema, O extends ActivitySchema> = (
  input: SchemaValue<I>,
  ctx: ActivityContext,
) => Promise<SchemaValue<O>>;

/** One major version of an activity, as `defineActivity` returns it. */
export interface ActivityDefinition<
  I extends ActivitySchema = ActivitySchema,
  O extends ActivitySchema = ActivitySchema,
> {
  /** Major version: BPMN refers to `plugin.name@<version>`. A breaking change gets a new one. */
  version: number;
  description: LocalizedText;
  input: I;
  output: O;
  /** Start-to-close timeout: `30s`, `5m`, `2h` (default 30s). A diagram may override it. */
  timeout?: string;
  retry?: ActivityRetry;
  execute: ActivityExecute<I, O>;
}

/**
 * Declares an activity; the schemas fix the handler's types.
 * @example
 * export const verifyIdentity = defineActivity({
 *   version: 2,
 *   description: { en: 'Checks a client against the KYC register', 'zh-CN': '核验客户身份' },
 *   input: Type.Object({ clientId: Type.String() }),
 *   output: Type.Object({ level: Type.Union([Type.Literal('basic'), Type.Literal('full')]) }),
 *   timeout: '30s',
 *   async execute(input, ctx) {
 *     ctx.logger.info('verifying', { clientId: input.clientId });
 *     return { level: 'basic' };
 *   },
 * });
 */
export function defineActivity<const I extends ActivitySchema, const O extends ActivitySchema>(definition: {
  version: number;
  description: LocalizedText;
  input: I;
  output: O;
  timeout?: string;
  retry?: ActivityRetry;
  // NoInfer: the schemas alone fix I and O. Without it TypeScript widens literal results
  // (`return { level: 'basic' }` would be `string`) while it is still inferring them.
  execute: NoInfer<ActivityExecute<I, O>>;
}): ActivityDefinition<I, O> {
  return definition;
}
