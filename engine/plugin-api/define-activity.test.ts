// Type tests: `npm run typecheck` fails when the handler's types stop following the schemas.
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { defineActivity, type SchemaValue } from './define-activity.js';

const text = { en: 'x', 'zh-CN': 'x' };

describe('defineActivity types', () => {
  it('should type the handler from plain JSON Schema literals', () => {
    const activity = defineActivity({
      version: 1,
      description: text,
      input: {
        type: 'object',
        properties: { clientId: { type: 'string' }, note: { type: 'string' } },
        required: ['clientId'],
      },
      output: { type: 'object', properties: { level: { type: 'string', enum: ['low', 'high'] } }, required: ['level'] },
      async execute(input) {
        const id: string = input.clientId;
        // @ts-expect-error `note` is optional in the schema
        const note: string = input.note;
        return { level: id && note ? 'high' : 'low' };
      },
    });
    expect(activity.version).toBe(1);
  });

  it('should type the handler from TypeBox schemas and refuse a result the schema forbids', () => {
    const Output = Type.Object({ level: Type.Union([Type.Literal('basic'), Type.Literal('full')]) });
    const ok = defineActivity({
      version: 2,
      description: text,
      input: Type.Object({ amount: Type.Number() }),
      output: Output,
      async execute(input) {
        return { level: input.amount > 10 ? 'full' : 'basic' };
      },
    });
    defineActivity({
      version: 2,
      description: text,
      input: Type.Object({ amount: Type.Number() }),
      output: Output,
      // @ts-expect-error `gold` is not a level
      async execute() {
        return { level: 'gold' };
      },
    });
    const level: SchemaValue<typeof Output>['level'] = 'full';
    expect([ok.version, level]).toEqual([2, 'full']);
  });
});
