import type { Messages } from './messages.ts';

export const en: Messages = {
  commandTitle: 'I read that as this command:',
  commandRunHint:
    'Press Run to do it, or type it yourself. Creates and destroys are still planned and approved.',
  commandTypeHint: 'Type it to run it. Creates and destroys are still planned and approved.',
  runLabel: 'Run',
  notUnderstoodTitle: 'I did not understand that as a command.',
  notUnderstoodNoModel:
    'No language model is configured, so I understand commands and a few simple phrasings.',
  notUnderstoodExamples:
    'For example:\ncreate a vm called web-01 with 4 cores and 8GB\n/atlas vm create web-01 --cores 2 --memory 4G\n/atlas vm list\n/atlas help',
  modelDown: 'The language model is not answering right now, so I read your message with simple rules.',
  budgetSpent: (used, budget) =>
    `This channel has used its language-model tokens for today (${used} of ${budget}), so I read your message with simple rules.`,
  busy: 'I am still working on your previous message in this thread; send this one again in a moment.',
  malformedTitle: 'The language model answered twice in a form I cannot use.',
  malformedText:
    'Please say it again in other words, or use a command such as /atlas vm create (see /atlas help).',
  questionTitle: 'Before I plan this:',
  answerTitle: 'ATLAS:',
  proposalTitle: (count) => (count === 1 ? 'Proposal: 1 VM' : `Proposal: ${count} VMs`),
  proposalText:
    'Checked against the templates, nodes, names and limits. Planning now: the plan card with Approve and Reject follows.',
  proposalRoles: 'Configure',
  proposalVm: (size, template, node) => `${size}, from ${template}, on ${node ?? 'any node'}`,
  size: (cores, memory, disk) =>
    `${cores} ${cores === 1 ? 'core' : 'cores'}, ${memory} memory, ${disk} GiB disk`,
  revised: (id, revision) =>
    `${id} is revised (revision ${revision}): its old plan no longer counts, and the new one follows for approval.`,
  revisedTooLate: (id, state) =>
    `${id} is already ${state}, so I did not change it. Ask for a new request instead.`,
  notYours: (id, requester) => `Only ${requester}, who asked for ${id}, can change it.`,
  notInThread: (id) => `${id} is not a request of this thread, so I did not change it.`,
  roundsTitle: 'I could not find a plan that passes the checks.',
  roundsText: (findings) =>
    `${findings}\nTell me what to change (for example a smaller size, another template or fewer VMs).`,
  decisionRefused:
    'I cannot approve or reject anything for you. Approvers use the buttons on the plan card or type /atlas approve themselves.',
  stepsTitle: 'I could not finish planning this in one go.',
  stepsText: 'Please tell me more precisely what you need: how many VMs, their size and template.',
};
