/** An npm package name, optionally scoped: what PLAYBOOK_PLUGINS lists. */
export const PACKAGE_NAME_PATTERN = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
