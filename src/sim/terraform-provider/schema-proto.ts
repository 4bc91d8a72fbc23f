// The provider's schema descriptions as tfplugin6 `Schema` messages.
import { type BlockSpec, type NestedBlockSpec, typeJson } from './schema.ts';

export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

interface ProtoBlock {
  version: number;
  description: string;
  description_kind: 'PLAIN';
  attributes: object[];
  block_types: object[];
}

export function toProtoSchema(block: BlockSpec, version = 0): ProtoSchema {
  return { version, block: toProtoBlock(block, version) };
}

function toProtoBlock(block: BlockSpec, version: number): ProtoBlock {
  return {
    version,
    description: block.description,
    description_kind: 'PLAIN',
    attributes: Object.entries(block.attributes).map(([name, spec]) => ({
      name,
      type: Buffer.from(JSON.stringify(typeJson(spec.type))),
      description: spec.description,
      description_kind: 'PLAIN',
      required: spec.mode === 'required',
      optional: spec.mode === 'optional' || spec.mode === 'optional+computed',
      computed: spec.mode === 'computed' || spec.mode === 'optional+computed',
      sensitive: spec.sensitive === true,
    })),
    block_types: Object.entries(block.blocks).map(([name, nested]) => toProtoNested(name, nested, version)),
  };
}

function toProtoNested(name: string, nested: NestedBlockSpec, version: number): object {
  return {
    type_name: name,
    block: toProtoBlock(nested, version),
    nesting: 'LIST',
    min_items: nested.minItems ?? 0,
    max_items: nested.maxItems ?? 0,
  };
}
