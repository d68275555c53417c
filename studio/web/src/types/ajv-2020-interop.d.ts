// engine/forms reads `Ajv2020Module.default`, which is how Node's ESM loader (NodeNext) sees the
// CommonJS ajv; under this bundler resolution TypeScript sees the class itself. At runtime
// both work (ajv sets `default` on the class), so the studio's type check maps the module to that shape.
import type Ajv2020 from 'ajv/dist/2020';

declare const interop: typeof Ajv2020 & { default: typeof Ajv2020 };
export default interop;
