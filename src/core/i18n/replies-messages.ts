import type { AtlasErrorCode } from '../../domain/errors.ts';
import type { Language } from '../../domain/language.ts';
import type { Operation } from '../../domain/request.ts';
import { repliesEn } from './replies-en.ts';
import { repliesIt } from './replies-it.ts';

/**
 * What the use cases say when things go as planned (notices, tables), once per language. Errors are in
 * the error catalogues (core-errors-*.ts); the free-text side has its own (messages.ts).
 */
export interface Replies {
  /** Approvers as a thread names them: `bob, carol`, `anyone`, `group ops`. */
  approversNobody: string;
  approversAnyone: string;
  approverGroup: (name: string) => string;
  alreadyApproved: (id: string) => string;
  approvalRecorded: (id: string, count: number, needed: number) => string;
  waitingForApprovers: string;
  queuedBehind: (id: string, waiting: number) => string;
  decidedElsewhere: (id: string) => string;
  /** The reason kept with a rejection that gave none. */
  noReasonGiven: string;
  /** The verb of a slash command's thread starter: "@alice asked: `/atlas vm list`". */
  asked: string;
  /** The dialog a Reject button opens, asking for an optional reason. */
  rejectPrompt: {
    title: (id: string) => string;
    label: string;
    optionalLabel: string;
    note: string;
    placeholder: string;
    submit: string;
    cancel: string;
  };
  /** A new request: `R-7F3K: create web-01`, then what happens next. */
  operation: (operation: Operation) => string;
  gotIt: (job: 'plan' | 'lifecycle', waiting: number) => string;
  proxmoxDown: string;
  proxmoxDownLater: string;
  /** `vm list` */
  vmColumns: readonly string[];
  vmCount: (count: number) => string;
  myVmCount: (count: number) => string;
  noVms: string;
  noVmsMine: string;
  createOne: string;
  /** `vm status`: the labels of its fields. */
  vmFields: Readonly<Record<'status' | 'node' | 'vmid' | 'cores' | 'memory' | 'ip' | 'tags', string>>;
  /** `templates` */
  templateColumns: readonly string[];
  templateCount: (count: number) => string;
  noTemplates: string;
  defaultTemplate: (name: string) => string;
  /** The Roll back button and the rollback job's progress lines. */
  rolledBackAlready: (id: string) => string;
  rollbackAskedAlready: (id: string) => string;
  rollbackProgressHere: string;
  rollingBack: (id: string) => string;
  rollingBackRemoves: (names: string) => string;
  rollbackRemoving: (vms: string) => string;
  rollbackStarted: string;
  rollbackStopped: (why: string) => string;
  internalErrorWhy: string;
  /** Errors: the one ATLAS did not expect, and headlines over errors that have no text in the language. */
  internalTitle: string;
  internalText: string;
  errorHeadline: Readonly<Record<AtlasErrorCode, string>>;
}

const REPLIES: Readonly<Record<Language, Replies>> = { en: repliesEn, it: repliesIt };

/** The replies of one language. */
export function repliesFor(language: Language): Replies {
  return REPLIES[language];
}
