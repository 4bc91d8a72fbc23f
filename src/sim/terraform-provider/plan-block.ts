// The planned value of a block from its configuration and prior state, by the schema's rules: what
// the configuration sets is planned as is; left-out optional values take their default, else the
// prior value; computed values keep the prior value or become "known after apply".
import { isObject, UNKNOWN, type Value, type ValueObject } from './cty-value.ts';
import type { AttributeSpec, BlockSpec } from './schema.ts';

export function planBlock(spec: BlockSpec, config: ValueObject, prior: ValueObject | null): ValueObject {
  const planned: ValueObject = {};
  for (const [name, attribute] of Object.entries(spec.attributes)) {
    const before = prior === null ? UNKNOWN : (prior[name] ?? null);
    planned[name] = planAttribute(attribute, config[name] ?? null, before);
  }
  for (const [name, nested] of Object.entries(spec.blocks)) {
    const configured = config[name] ?? [];
    if (!Array.isArray(configured)) {
      planned[name] = UNKNOWN;
      continue;
    }
    const priorList = prior?.[name];
    const priors = Array.isArray(priorList) ? priorList : [];
    planned[name] = configured.map((item, i) => {
      const before = priors[i];
      return planBlock(nested, isObject(item) ? item : {}, isObject(before) ? before : null);
    });
  }
  return planned;
}

/** `prior` is UNKNOWN when there is no prior object (a create). */
function planAttribute(spec: AttributeSpec, configured: Value, prior: Value): Value {
  if (spec.mode === 'required' || spec.mode === 'optional') return configured;
  if (spec.mode === 'optional+computed' && configured !== null) return configured;
  if (spec.mode === 'optional+computed' && spec.default !== undefined) return spec.default;
  return prior;
}
