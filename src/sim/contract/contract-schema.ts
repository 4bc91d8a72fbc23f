import { z } from 'zod';

/** One key of a property string (`model=virtio,bridge=vmbr0`); aliases point at another key. */
export const ContractKey = z.object({
  type: z.string().optional(),
  optional: z.boolean().optional(),
  defaultKey: z.boolean().optional(),
  alias: z.string().optional(),
  keyAlias: z.string().optional(),
  format: z.string().optional(),
  enum: z.array(z.string()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().optional(),
  pattern: z.string().optional(),
});
export type ContractKey = z.infer<typeof ContractKey>;

/** A parameter of one endpoint; `name[n]` parameters stand for `name0` .. `name<indexMax>`. */
export const ContractParam = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean', 'array', 'object']),
  optional: z.boolean().optional(),
  indexMax: z.number().int().optional(),
  format: z.string().optional(),
  enum: z.array(z.string()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().optional(),
  pattern: z.string().optional(),
  keys: z.record(z.string(), ContractKey).optional(),
});
export type ContractParam = z.infer<typeof ContractParam>;

export const ContractEndpoint = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE']),
  path: z.string(),
  additionalProperties: z.boolean().optional(),
  params: z.array(ContractParam),
});
export type ContractEndpoint = z.infer<typeof ContractEndpoint>;

export const Contract = z.object({ source: z.string(), endpoints: z.array(ContractEndpoint) });
export type Contract = z.infer<typeof Contract>;
