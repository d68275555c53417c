// Golden runs of this core workflow on the time-skipping Temporal test server: one test per *.run.json here.
import { describeGoldenRuns } from '../../engine/plugin-api/testing/index.js';

describeGoldenRuns(new URL('.', import.meta.url));
