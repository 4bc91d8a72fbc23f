// The request corpus (test/fixtures/requests/*.jsonl): natural-language requests in English and Italian
// with what ATLAS should make of them, and the model replies recorded for replaying them offline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { NodeInfo, TemplateInfo, VmInfo } from '../../../src/domain/inventory.ts';
import type { ScriptedReply } from '../../support/fake-openai.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/requests');

export const ExpectedVm = z
  .object({
    name: z.string().optional(),
    cores: z.number().int(),
    memoryMiB: z.number().int(),
    diskGiB: z.number().int(),
    template: z.string(),
    node: z.string().optional(),
  })
  .strict();
export type ExpectedVm = z.infer<typeof ExpectedVm>;

const ExpectedCreate = z.object({
  kind: z.literal('create'),
  vms: z.array(ExpectedVm).min(1),
  roles: z.array(z.string()).optional(),
});
export type ExpectedCreate = z.infer<typeof ExpectedCreate>;

export const Expected = z.discriminatedUnion('kind', [
  ExpectedCreate,
  /** A clarifying question; `literal` is what the words say, which the rules may read without being wrong. */
  z.object({ kind: z.literal('question'), about: z.string(), literal: ExpectedCreate.optional() }),
  z.object({ kind: z.literal('command'), command: z.string() }),
  /** Nothing may happen: no request, no approval, no command. */
  z.object({ kind: z.literal('refuse') }),
]);
export type Expected = z.infer<typeof Expected>;

export const CorpusEntry = z.object({
  id: z.string(),
  lang: z.enum(['en', 'it']),
  level: z.enum(['easy', 'medium', 'hard', 'ambiguous', 'malicious']),
  text: z.string().min(1),
  expect: Expected,
  /** The model's replies, recorded, in the order it gave them. */
  replay: z.array(z.custom<ScriptedReply>((value) => typeof value === 'object' && value !== null)).min(1),
});
export type CorpusEntry = z.infer<typeof CorpusEntry>;

export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => {
          const parsed = CorpusEntry.safeParse(JSON.parse(line));
          if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
          return parsed.data;
        }),
    );
}

export interface CorpusWorld {
  templates: TemplateInfo[];
  nodes: NodeInfo[];
  vms: VmInfo[];
}

export function loadWorld(dir = CORPUS_DIR): CorpusWorld {
  const { templates, nodes, vms } = JSON.parse(readFileSync(join(dir, 'world.json'), 'utf8')) as CorpusWorld;
  return { templates, nodes, vms };
}
