# __TITLE__ (`__ID__`)

A Playbook Studio plugin, made by `npm run plugin:new -- __ID__`. The plugin author's guide is
`docs/plugin-guide.md`.

- `plugin.ts`: the manifest (`__CAMEL__Plugin`) listing activities, forms and playbooks.
- `activities/score-request.ts`: `__ID__.scoreRequest@1`, with its input and output schemas.
- `forms/request-review.*`: form `__ID__/request-review`: schema, labels in zh-CN and en, step field states.
- `playbooks/request-review.bpmn`: process `__ID__-request-review`; open it in the studio's designer.
- `playbooks/*.run.json`: golden runs, how the playbook must behave, played on a time-skipping Temporal.
- `test/`: the conformance kit and a unit test of the activity.

Run its tests: `npx vitest run __DIR__`.
