import type { PowerAction } from '../../domain/intent.ts';
import type { RequestState } from '../../domain/request.ts';
import { describeApproverIds } from '../approvers.ts';
import { type ErrorTexts, listOf } from './error-texts.ts';
import { findingErrorsEn } from './finding-errors-en.ts';
import { stateName } from './states.ts';

/** The command words of a decision: `/atlas approve`, `/atlas reject`. */
export type DecisionVerb = 'approve' | 'reject';
/** What ATLAS may do to a VM it created. */
export type ManagedVerb = 'destroy' | PowerAction;

const approvers = (ids: string) => `Approvers: ${describeApproverIds(listOf(ids), 'en')}.`;
const state = (s: RequestState) => stateName('en', s);

/**
 * What the use cases (approve, reject, validation, lifecycle) say when they refuse, in English. Lists
 * (approver ids, VM names) travel as one `listArg`; states as their codes.
 */
export const coreErrorsEn = {
  ...findingErrorsEn,
  cannotDecide: {
    message: (verb: DecisionVerb, id: string, _approvers: string) => `You cannot ${verb} ${id}.`,
    hint: (_verb: DecisionVerb, _id: string, ids: string) => approvers(ids),
  },
  nothingToDecide: {
    message: (id: string, now: RequestState, verb: DecisionVerb) =>
      `${id} is ${state(now)}; there is nothing to ${verb}.`,
  },
  olderPlanButton: {
    message: (id: string, _current: string) => `That button belongs to an older plan of ${id}.`,
    hint: (_id: string, current: string) =>
      `Decide on the current plan ${current}, shown in the latest plan card.`,
  },
  selfApproval: {
    message: (id: string, _approvers: string) => `You asked for ${id}, so someone else must approve it.`,
    hint: (_id: string, ids: string) => approvers(ids),
  },
  noSuchRequest: {
    message: (id: string) => `There is no request ${id}.`,
    hint: () => 'Request ids look like R-7F3K; the plan card shows it.',
  },
  stillPlanning: {
    message: (id: string, verb: DecisionVerb) =>
      `${id} is still being planned; there is nothing to ${verb} yet.`,
    hint: (_id: string, verb: DecisionVerb) => `Wait for its plan card, then ${verb} it.`,
  },
  nothingWaiting: {
    message: (verb: DecisionVerb) => `There is no request waiting for approval in this thread to ${verb}.`,
    hint: (verb: DecisionVerb) => `Name one: /atlas ${verb} R-XXXX`,
  },
  noSuchVm: {
    message: (name: string, _near: string) => `There is no VM called ${name}.`,
    hint: (_name: string, near: string) =>
      near
        ? `Did you mean ${listOf(near).join(', ')}? /atlas vm list shows them all.`
        : '/atlas vm list shows the VMs ATLAS manages.',
  },
  notManaged: {
    message: (name: string, vmid: number, verb: ManagedVerb) =>
      `${name} (vmid ${vmid}) was not created by ATLAS, so ATLAS will not ${verb} it.`,
    hint: () => 'Change it in Proxmox directly, or add the tag `atlas` there to hand it to ATLAS.',
  },
  powerForbidden: {
    message: (action: PowerAction, vm: string, _creator: string, _approvers: string) =>
      `You cannot ${action} ${vm}.`,
    hint: (_action: PowerAction, _vm: string, creator: string, ids: string) =>
      `${creator ? `${creator}, who asked for it,` : 'the person who asked for it'} and the approvers can (${describeApproverIds(listOf(ids), 'en')}).`,
  },
  unknownButton: {
    message: () => 'That button is not one ATLAS knows.',
    hint: () => 'Use the buttons on the latest plan card, or type /atlas approve R-XXXX.',
  },
  runButtonExpired: {
    message: () => 'That Run button has expired.',
    hint: () => 'Type the command shown above it instead, or ask again.',
  },
  runButtonDecides: {
    message: () => 'A Run button cannot approve or reject.',
    hint: () => 'Use the buttons on the plan card.',
  },
  noRequestToRollBack: {
    message: (id: string) => `There is no request ${id}.`,
    hint: () => 'Request ids look like R-7F3K; the failure message shows it.',
  },
  noFailedRequestHere: {
    message: () => 'There is no failed create in this thread to roll back.',
    hint: () => 'Name the request: /atlas rollback R-7F3K (the failure message shows its id).',
  },
  notRollbackable: {
    message: (id: string, now: RequestState) =>
      `${id} is ${state(now)}; only a create that failed can be rolled back.`,
    hint: () => 'Remove a VM you no longer need with /atlas vm destroy NAME.',
  },
  staleRollbackButton: {
    message: (id: string) => `That Roll back button is not for the plan ${id} applied.`,
    hint: () => 'Use the button on the latest failure message of the request.',
  },
  rollbackForbidden: {
    message: (requester: string, id: string) => `Only ${requester} or an approver can roll back ${id}.`,
  },
  rollbackLost: {
    message: (id: string) => `Rolling back ${id}: no such request.`,
  },
} satisfies ErrorTexts;
