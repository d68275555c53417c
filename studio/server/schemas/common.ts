import { Type, type Static } from '@fastify/type-provider-typebox';

/** Body of every error response. */
export const ErrorResponse = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable code' }),
    message: Type.String(),
  },
  { additionalProperties: true },
);
export type ErrorResponse = Static<typeof ErrorResponse>;
