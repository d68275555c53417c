// Manifest, schemas, forms, playbooks and every golden run beside the playbooks.
import { describePluginConformance } from '__REPO__/engine/plugin-api/testing/index.js';
import { __CAMEL__Plugin } from '../plugin.js';

describePluginConformance(__CAMEL__Plugin);
