import { z } from 'zod';
import { AtlasError } from './errors.ts';
import { PowerAction, RequestId } from './intent.ts';
import { Language } from './language.ts';
import { ThreadRef, UserRef } from './thread.ts';
import { VmRef, VmSpec } from './vm-spec.ts';

export const RequestState = z.enum([
  'received',
  'planning',
  'awaiting_approval',
  'approved',
  'applying',
  'configuring',
  'succeeded',
  'rejected',
  'expired',
  'cancelled',
  'failed',
  'rolled_back',
]);
export type RequestState = z.infer<typeof RequestState>;

/** What a request changes. Creates and destroys are planned and approved; power actions run at once. */
export const Operation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create'), vms: z.array(VmSpec).min(1).max(50) }),
  z.object({ kind: z.literal('destroy'), vm: VmRef }),
  z.object({ kind: z.literal('power'), action: PowerAction, vm: VmRef }),
]);
export type Operation = z.infer<typeof Operation>;

export const VmResult = z.object({
  name: z.string(),
  vmid: z.number().int(),
  node: z.string(),
  ip: z.string().optional(),
});
export type VmResult = z.infer<typeof VmResult>;

export const Request = z.object({
  id: RequestId,
  operation: Operation,
  state: RequestState,
  requester: UserRef,
  thread: ThreadRef,
  planId: z.string().optional(),
  planHash: z.string().optional(),
  /** Why it ended: the reject reason or the failure message. */
  reason: z.string().optional(),
  result: z.array(VmResult).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string().optional(),
  /** The language of the thread when it was asked for; everything ATLAS says about it is in this language. */
  language: Language.optional(),
  /** How many times it was revised before approval (0: never); each revision voids the plan before it. */
  revision: z.number().int().nonnegative().optional(),
});
export type Request = z.infer<typeof Request>;

export const TERMINAL_STATES: readonly RequestState[] = [
  'succeeded',
  'rejected',
  'expired',
  'cancelled',
  'failed',
  'rolled_back',
];

const TRANSITIONS: Readonly<Record<RequestState, readonly RequestState[]>> = {
  received: ['planning', 'applying', 'failed', 'cancelled'],
  planning: ['awaiting_approval', 'failed', 'cancelled'],
  awaiting_approval: ['approved', 'rejected', 'expired', 'cancelled', 'planning'],
  approved: ['applying', 'failed', 'cancelled'],
  applying: ['configuring', 'succeeded', 'failed'],
  configuring: ['succeeded', 'failed'],
  succeeded: [],
  rejected: [],
  expired: [],
  cancelled: [],
  failed: ['rolled_back'],
  rolled_back: [],
};

export function needsApproval(operation: Operation): boolean {
  return operation.kind !== 'power';
}

/** The one place that says which state changes exist. */
export function canTransition(operation: Operation, from: RequestState, to: RequestState): boolean {
  if (!TRANSITIONS[from].includes(to)) return false;
  if (from === 'received' && to === 'applying') return !needsApproval(operation);
  if (from === 'received' && to === 'planning') return needsApproval(operation);
  return true;
}

export function assertTransition(
  request: Pick<Request, 'id' | 'operation' | 'state'>,
  to: RequestState,
): void {
  if (!canTransition(request.operation, request.state, to)) {
    throw new AtlasError(
      'invalid_state',
      `${request.id} is ${describeState(request.state)}; it cannot become ${to}.`,
    );
  }
}

export function isTerminal(state: RequestState): boolean {
  return TERMINAL_STATES.includes(state);
}

export function describeState(state: RequestState): string {
  return state.replace('_', ' ');
}

/** `R-` and four Crockford base-32 characters: short to type, no I, L, O or U to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newRequestId(random: (max: number) => number, length = 4): RequestId {
  let id = 'R-';
  for (let i = 0; i < length; i += 1) id += ALPHABET[random(ALPHABET.length)];
  return id;
}

export function normaliseRequestId(text: string): string {
  const upper = text.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  return upper.startsWith('R-') ? upper : `R-${upper}`;
}
