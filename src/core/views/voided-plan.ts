import type { Request } from '../../domain/request.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { viewMessages } from '../i18n/views-catalogue.ts';
import { languageOf } from './format.ts';
import { planCardKey } from './plan-card.ts';

/**
 * What the plan card of an earlier revision becomes when the request is revised: edited in place, its
 * buttons gone, saying that it no longer counts. `voided` is the `revised` event's `r0 1a2b3c4d5e6f`.
 */
export function voidedPlanView(request: Request, voided: string): ThreadView | undefined {
  const match = /^r(\d+) ([0-9a-f]{12})$/.exec(voided);
  if (!match) return undefined;
  const say = viewMessages(languageOf(request));
  const revision = Number(match[1]);
  return {
    kind: 'plan',
    tone: 'warning',
    title: say.planVoidedTitle(request.id, match[2] ?? ''),
    text: say.planVoidedText(revision + 1),
    visibility: 'thread',
    replaces: planCardKey(request.id, revision),
  };
}
