/** The manifest's overlays, applied in order (every JSONPath form the overlays of specs/ use). */
import { describe, expect, it } from 'vitest';
import { overlays } from '../../../src/normalize/assemble/overlays.js';
import { apiContext, expectPass, input, yaml, type Want } from '../given.js';

const BASE = `openapi: 3.1.0
paths: {/v1/task: {post: {responses: {'200': {description: OK}}}}}
components: {schemas: {AnchorProxy: {type: object, properties: {active: {type: boolean}}}}}
`;
const overlay = (actions: string) => `overlay: 1.0.0\ninfo:\n  title: t\n  version: '1'\nactions:\n${actions}`;

const CASES: Array<[string, { given: string[]; want: Want }]> = [
  [
    '$.paths adds a path',
    {
      given: [overlay('  - target: $.paths\n    update:\n      /v1/task/run:\n        post:\n          operationId: runTask\n')],
      want: {
        document: "openapi: 3.1.0\npaths: {/v1/task: {post: {responses: {'200': {description: OK}}}}, /v1/task/run: {post: {operationId: runTask}}}\ncomponents: {schemas: {AnchorProxy: {type: object, properties: {active: {type: boolean}}}}}\n",
        transformations: [{ kind: 'overlay-update', source: 'o0.yaml', pointer: '/actions/0', reason: 'overlay action on $.paths' }],
      },
    },
  ],
  [
    "$.paths['/v1/task'].post merges into an operation, the action's description as the reason",
    {
      given: [overlay("  - target: $.paths['/v1/task'].post\n    description: name it\n    update:\n      operationId: createTask\n")],
      want: {
        document: "openapi: 3.1.0\npaths: {/v1/task: {post: {responses: {'200': {description: OK}}, operationId: createTask}}}\ncomponents: {schemas: {AnchorProxy: {type: object, properties: {active: {type: boolean}}}}}\n",
        transformations: [{ kind: 'overlay-update', source: 'o0.yaml', pointer: '/actions/0', reason: 'name it' }],
      },
    },
  ],
  [
    '$.components.schemas.AnchorProxy merges into a schema, keeping its properties',
    {
      given: [overlay('  - target: $.components.schemas.AnchorProxy\n    update:\n      allOf:\n        - required: [active]\n')],
      want: {
        document: "openapi: 3.1.0\npaths: {/v1/task: {post: {responses: {'200': {description: OK}}}}}\ncomponents: {schemas: {AnchorProxy: {type: object, properties: {active: {type: boolean}}, allOf: [{required: [active]}]}}}\n",
        transformations: [{ kind: 'overlay-update', source: 'o0.yaml', pointer: '/actions/0' }],
      },
    },
  ],
  [
    'remove deletes the target; overlays apply in manifest order, each on the result of the one before',
    {
      given: [overlay("  - target: $.paths['/v1/task']\n    remove: true\n"), overlay('  - target: $.paths\n    update: {/v2/x: {}}\n')],
      want: {
        document: 'openapi: 3.1.0\npaths: {/v2/x: {}}\ncomponents: {schemas: {AnchorProxy: {type: object, properties: {active: {type: boolean}}}}}\n',
        transformations: [
          { kind: 'overlay-remove', source: 'o0.yaml', pointer: '/actions/0' },
          { kind: 'overlay-update', source: 'o1.yaml', pointer: '/actions/0' },
        ],
      },
    },
  ],
  ['a target matching nothing fails naming the action line', { given: [overlay("  - target: $.paths['/nope'].get\n    update:\n      operationId: x\n")], want: { error: /^o0\.yaml:6:\d+ #\/actions\/0\/target: overlay action target "\$\.paths\['\/nope'\]\.get" matches nothing/ } }],
  ['an invalid JSONPath fails', { given: [overlay('  - target: $.paths[?(\n    update: {}\n')], want: { error: /^o0\.yaml:6:\d+ #\/actions\/0\/target: invalid JSONPath/ } }],
  ['a wrong overlay version fails', { given: ["overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: []\n"], want: { error: /^o0\.yaml:1:\d+ #\/overlay: expected `overlay: 1.0.0`/ } }],
];

describe('overlays pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const context = apiContext({ overlays: given.map((text, index) => input(`o${index}.yaml`, text)) });
    await expectPass(overlays, yaml(BASE), context, want);
  });

  it('leaves the document it was given untouched', async () => {
    const document = yaml(BASE);
    await overlays.run(document, apiContext({ overlays: [input('o.yaml', CASES[1]![1].given[0]!)] }));
    expect(document).toEqual(yaml(BASE));
  });
});
