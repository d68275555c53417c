import { Type, type Static } from '@fastify/type-provider-typebox';

export const RoleName = Type.Union([Type.Literal('admin'), Type.Literal('owner'), Type.Literal('staff')]);

export const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleName),
  groups: Type.Array(Type.String()),
  locale: Type.String(),
});
export type User = Static<typeof User>;
