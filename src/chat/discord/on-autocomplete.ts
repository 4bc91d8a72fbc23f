import type { HandlerContext } from './handler-context.ts';
import type { InteractionFacts } from './interaction-facts.ts';
import { type Choice, InteractionReplies } from './interaction-replies.ts';
import { userRef } from './people.ts';
import { suggest } from './suggestions.ts';

/** Suggestions must reach Discord within 3 seconds; a slow inventory gives none rather than an error. */
const BUDGET_MS = 2000;

/** Autocomplete of a slash command option (templates, nodes, VM names). */
export async function onAutocomplete(
  context: HandlerContext,
  facts: InteractionFacts,
  focused: { name: string; value: string },
) {
  const replies = new InteractionReplies(context.api, facts.handle);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Choice[]>((resolve) => {
    timer = setTimeout(() => resolve([]), BUDGET_MS);
  });
  const found = suggest(context.deps, focused.name, focused.value, userRef(facts.person)).catch(
    (error: unknown) => {
      context.logger.warn({ err: error, option: focused.name }, 'Discord: autocomplete lookup failed');
      return [];
    },
  );
  const choices = await Promise.race([found, late]);
  clearTimeout(timer);
  await replies.choices(choices);
}
