// tfplugin6 DynamicValue <-> values shaped by a schema. Terraform sends msgpack; JSON is accepted too.
import { conformBlock } from './conform.ts';
import { isObject, type Value, type ValueObject } from './cty-value.ts';
import { decodeMsgpack } from './msgpack-decode.ts';
import { encodeMsgpack } from './msgpack-encode.ts';
import type { BlockSpec } from './schema.ts';

export interface DynamicValue {
  msgpack?: Buffer | Uint8Array | null;
  json?: Buffer | Uint8Array | null;
}

/** The object the DynamicValue holds, shaped by `spec`; null when it holds null or nothing. */
export function readDynamic(spec: BlockSpec, dynamic: DynamicValue | null | undefined): ValueObject | null {
  const raw = decodeDynamic(dynamic);
  const value = conformBlock(spec, raw);
  if (value === null) return null;
  if (!isObject(value)) throw new Error('expected an object value');
  return value;
}

export function decodeDynamic(dynamic: DynamicValue | null | undefined): Value {
  if (!dynamic) return null;
  if (dynamic.msgpack && dynamic.msgpack.length > 0) return decodeMsgpack(dynamic.msgpack);
  if (dynamic.json && dynamic.json.length > 0) return parseJson(dynamic.json);
  return null;
}

/** JSON state as Terraform stores it (UpgradeResourceState's raw_state). */
export function parseJson(bytes: Uint8Array): Value {
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as Value;
}

export function writeDynamic(spec: BlockSpec, value: ValueObject | null): { msgpack: Buffer } {
  return { msgpack: encodeMsgpack(conformBlock(spec, value)) };
}
