/**
 * Everything the free-text side of ATLAS (the agent and the rule-based interpreter) says, once per
 * language. Values are plain text; `{…}` parts are filled in by the functions.
 */
export interface Messages {
  /** The interpreter or the agent turned free text into one typed command. */
  commandTitle: string;
  commandRunHint: string;
  commandTypeHint: string;
  runLabel: string;
  /** Free text that neither the model nor the rules could read. */
  notUnderstoodTitle: string;
  notUnderstoodNoModel: string;
  notUnderstoodExamples: string;
  modelDown: string;
  budgetSpent: (used: number, budget: number) => string;
  busy: string;
  malformedTitle: string;
  malformedText: string;
  questionTitle: string;
  answerTitle: string;
  proposalTitle: (count: number) => string;
  proposalText: string;
  proposalRoles: string;
  proposalVm: (size: string, template: string, node: string | undefined) => string;
  size: (cores: number, memory: string, diskGiB: number) => string;
  revised: (id: string, revision: number) => string;
  revisedTooLate: (id: string, state: string) => string;
  notYours: (id: string, requester: string) => string;
  notInThread: (id: string) => string;
  roundsTitle: string;
  roundsText: (findings: string) => string;
  decisionRefused: string;
  stepsTitle: string;
  stepsText: string;
}
