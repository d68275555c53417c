/** Loading plugins into the platform and running their activities; see README.md. */
export {
  loadConfiguredPlugins,
  loadPlugins,
  PluginLoadError,
  REPO_ROOT,
  type LoadPluginsOptions,
} from './load-plugins.js';
export { LoadedPlugins, type LoadedPlugin } from './loaded-plugins.js';
export { createOwnQueueWorkers, createPluginWorker, type PluginWorkers } from './plugin-workers.js';
export { hostPluginDeps, loggingNotifier, type HostDepsInput } from './host-deps.js';
export { installPlaybook, pluginErrors, type InstallResult, type InstallServices } from './install-playbook.js';
export { PACKAGE_NAME_PATTERN } from './package-name.js';
