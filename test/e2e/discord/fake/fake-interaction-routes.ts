// Answers to interactions: the callback (once, within 3 seconds), the original reply, follow-ups.

import type { FakeGateway } from './fake-gateway.ts';
import { type Body, editMessage, fail, newMessage, type Reply } from './fake-rest.ts';
import { messageObject } from './fake-shapes.ts';
import type { FakeInteraction, FakeState } from './fake-state.ts';

const EPHEMERAL = 64;
const LOADING = 128;

/** Discord forgets an interaction nobody answered within 3 seconds. */
export const ACK_DEADLINE_MS = 3000;

function byToken(state: FakeState, token: string | undefined): FakeInteraction | undefined {
  return [...state.interactions.values()].find((i) => i.token === token);
}

/** POST /interactions/:id/:token/callback */
export function answerInteraction(
  state: FakeState,
  gateway: FakeGateway,
  parts: string[],
  body: Body,
): Reply {
  const interaction = state.interactions.get(parts[1] ?? '');
  if (!interaction || interaction.token !== parts[2]) return fail(404, 10062, 'Unknown interaction');
  if (performance.now() - interaction.dispatchedAt > ACK_DEADLINE_MS)
    return fail(404, 10062, 'Unknown interaction');
  if (interaction.acks.length > 0) return fail(400, 40060, 'Interaction has already been acknowledged.');
  const type = Number(body.type);
  const data = (body.data ?? undefined) as Body | undefined;
  interaction.acks.push({ type, ...(data ? { data } : {}), at: performance.now() });
  if (type === 4 || type === 5) {
    const flags = Number(data?.flags ?? 0) | (type === 5 ? LOADING : 0);
    const original = newMessage(state, interaction.channelId, { ...data, flags });
    original.interactionId = interaction.id;
    interaction.originalId = original.id;
    if (flags & EPHEMERAL) original.privateTo = interaction.userId;
    else gateway.dispatch('MESSAGE_CREATE', messageObject(state, original));
  }
  return { status: 204 };
}

/** PATCH /webhooks/:app/:token/messages/@original */
export function editOriginal(state: FakeState, _gateway: FakeGateway, parts: string[], body: Body): Reply {
  const interaction = byToken(state, parts[2]);
  if (!interaction || parts[1] !== state.applicationId) return fail(404, 10015, 'Unknown Webhook');
  const original = interaction.originalId ? state.messages.get(interaction.originalId) : undefined;
  if (!original) return fail(404, 10008, 'Unknown Message');
  editMessage(original, body);
  original.flags &= ~LOADING;
  return { status: 200, body: messageObject(state, original) };
}

/** POST /webhooks/:app/:token: a follow-up message, private when flagged ephemeral. */
export function followUp(state: FakeState, gateway: FakeGateway, parts: string[], body: Body): Reply {
  const interaction = byToken(state, parts[2]);
  if (!interaction || parts[1] !== state.applicationId) return fail(404, 10015, 'Unknown Webhook');
  if (interaction.acks.length === 0) return fail(404, 10015, 'Unknown Webhook');
  const message = newMessage(state, interaction.channelId, body);
  message.interactionId = interaction.id;
  if (message.flags & EPHEMERAL) message.privateTo = interaction.userId;
  else gateway.dispatch('MESSAGE_CREATE', messageObject(state, message));
  return { status: 200, body: messageObject(state, message) };
}
