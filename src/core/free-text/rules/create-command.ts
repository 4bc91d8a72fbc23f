import type { Policy } from '../../../domain/policy.ts';
import { freeSeriesStart } from './free-names.ts';
import { readCount, readName, readNode, readRoles, readTemplate } from './read-parts.ts';
import { readQuantities } from './read-quantities.ts';
import { CREATE_VERBS, VM_NOUNS } from './rule-words.ts';
import type { Words } from './words.ts';

export interface CreateContext {
  policy: Policy;
  templates: readonly string[];
  nodes: readonly string[];
  vms: readonly string[];
}

/** `spin up`, `set up`: the second word belongs to the verb. */
function readVerbs(words: Words): number[] {
  const verbs = words.find(CREATE_VERBS);
  for (let i = 0; i + 1 < words.list.length; i += 1) {
    if (['spin up', 'set up'].includes(`${words.at(i)} ${words.at(i + 1)}`)) {
      words.use(i, i + 1);
      verbs.push(i + 1);
    }
  }
  words.use(...verbs);
  return verbs;
}

/** The `vm create` command a request for new VMs means; undefined when any part of it is unclear. */
export function createCommand(words: Words, context: CreateContext): string | undefined {
  const verbs = readVerbs(words);
  if (verbs.length === 0) return undefined;
  const sizes = readQuantities(words);
  if (sizes.conflict) return undefined;
  const template = readTemplate(words, context.templates, context.policy.defaults.template);
  if (template === null) return undefined;
  const nouns = words.find(VM_NOUNS);
  const count = readCount(words) ?? 1;
  if (Number.isNaN(count)) return undefined;
  const named = readName(words, [...verbs, ...nouns]);
  if (named === null) return undefined;
  const node = readNode(words, context.nodes);
  if (node === null) return undefined;
  const roles = readRoles(words);
  const stem = template ? (/^[a-z]+/.exec(template)?.[0] ?? 'vm') : 'vm';
  const name = named ?? freeSeriesStart(stem, count, new Set(context.vms));
  return [
    `/atlas vm create ${name}`,
    ...(count > 1 ? [`--count ${count}`] : []),
    ...(sizes.cores === undefined ? [] : [`--cores ${sizes.cores}`]),
    ...(sizes.memory === undefined ? [] : [`--memory ${sizes.memory}`]),
    ...(sizes.disk === undefined ? [] : [`--disk ${sizes.disk}`]),
    ...(template === undefined ? [] : [`--template ${template}`]),
    ...(node === undefined ? [] : [`--node ${node}`]),
    ...(roles.length === 0 ? [] : [`--with ${roles.join(',')}`]),
  ].join(' ');
}
