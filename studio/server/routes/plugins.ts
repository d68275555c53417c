import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../plugins/auth.js';
import type { LoadedPlugin } from '../plugins-loader/index.js';
import { installPlaybook } from '../plugins-loader/index.js';
import { ErrorResponse } from '../schemas/common.js';
import {
  InstallPlaybookBody,
  InstallPlaybookParams,
  InstallPlaybookResponse,
  PluginSummary,
} from '../schemas/plugins.js';

/** The plugin catalog and playbook installation; process owners and admins only. */
export const pluginRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['Plugins'],
        description: 'Installed plugins with their playbooks and activities, names in zh-CN and en.',
        response: { 200: Type.Array(PluginSummary), 403: ErrorResponse },
      },
    },
    async (req) => {
      requireRole(req, 'list plugins', 'owner');
      return app.platform.plugins.all.map(summary);
    },
  );

  app.post(
    '/:id/playbooks/:playbook/install',
    {
      schema: {
        tags: ['Plugins'],
        description:
          "Publishes the plugin's forms, deploys the playbook (and the plugin's playbooks it calls) and creates its schedules in the site's time zone.",
        params: InstallPlaybookParams,
        body: Type.Optional(InstallPlaybookBody),
        response: {
          201: InstallPlaybookResponse,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, 'install playbooks', 'owner');
      const { platform } = app;
      const services = {
        forms: platform.forms,
        definitions: platform.definitions,
        coreWorkflows: platform.coreWorkflows,
        schedules: platform.schedules,
        siteTimeZone: platform.config.siteTimeZone,
      };
      const installed = await installPlaybook(platform.plugins, services, {
        plugin: req.params.id,
        playbook: req.params.playbook,
        actor: user.username,
        ip: req.ip,
        ...(req.body?.timeZone ? { timeZone: req.body.timeZone } : {}),
      });
      return reply.code(201).send(installed);
    },
  );
};

function summary({ manifest, source, activities, playbooks, forms }: LoadedPlugin): PluginSummary {
  return {
    id: manifest.id,
    version: manifest.version,
    name: manifest.name,
    description: manifest.description,
    source,
    ...(manifest.taskQueue ? { taskQueue: manifest.taskQueue } : {}),
    activities: activities.map((a) => ({
      ref: a.activityType,
      name: a.name,
      major: a.major,
      description: a.description,
      ...(a.taskQueue ? { taskQueue: a.taskQueue } : {}),
      timeout: a.options.startToCloseTimeout,
      maximumAttempts: a.options.maximumAttempts,
    })),
    playbooks: playbooks.map((p) => ({
      id: p.playbook.id,
      name: p.playbook.name,
      description: p.playbook.description,
      processKey: p.key,
    })),
    forms: forms.map((f) => f.id),
    schedules: (manifest.schedules ?? []).map((s) => ({
      id: s.id,
      playbook: s.playbook,
      ...(s.cron ? { cron: s.cron } : {}),
      ...(s.cycle ? { cycle: s.cycle } : {}),
      ...(s.timeZone ? { timeZone: s.timeZone } : {}),
      name: s.name,
      ...(s.source ? { source: s.source } : {}),
    })),
  };
}
