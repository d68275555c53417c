/**
 * `npm run provision`: installs the Temporal CLI (dev server) and the time-skipping test
 * server into .tools/ unless they are already available. `npm start` and `npm test` call
 * the same code, so running this first is optional; CI runs it to fail early and clearly.
 */
import path from 'node:path';
import { provisionTemporalCli, provisionTestServer, TemporalProvisionError } from './lib/provision-temporal.js';

const toolsDir = path.resolve(process.env.PLAYBOOK_TOOLS_DIR ?? '.tools');
try {
  const cli = await provisionTemporalCli({ toolsDir });
  console.log(`temporal CLI:          ${cli}`);
  const testServer = await provisionTestServer({ toolsDir });
  console.log(`time-skipping server:  ${testServer}`);
} catch (err) {
  if (err instanceof TemporalProvisionError) {
    console.error(`${err.code}: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
