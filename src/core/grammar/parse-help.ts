import type { Intent } from '../../domain/intent.ts';
import { findTopic, normaliseTopic } from './help-topics.ts';

const MAX_TOPIC = 40;

/**
 * `help [command]`: `rest` is the raw text after `help`. Undefined when it reads as a sentence
 * (`help me set up two debian boxes for a load test`) rather than a topic: that is free text.
 */
export function parseHelp(rest: string): Intent | undefined {
  const topic = normaliseTopic(rest);
  if (topic === '') return { kind: 'help' };
  if (findTopic(topic).kind === 'unknown' && topic.split(' ').length > 3) return undefined;
  return { kind: 'help', topic: topic.slice(0, MAX_TOPIC).trim() };
}
