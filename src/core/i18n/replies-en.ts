import type { Replies } from './replies-messages.ts';

const jobs = (waiting: number) => `${waiting} other job(s)`;

export const repliesEn: Replies = {
  approversNobody: 'nobody yet (set ATLAS_APPROVERS)',
  approversAnyone: 'anyone',
  approverGroup: (name) => `group ${name}`,
  alreadyApproved: (id) => `You already approved ${id}.`,
  approvalRecorded: (id, count, needed) => `${id}: approval ${count} of ${needed} recorded.`,
  waitingForApprovers: 'Waiting for more approvers.',
  queuedBehind: (id, waiting) => `${id} is queued behind ${jobs(waiting)}.`,
  decidedElsewhere: (id) => `${id} was decided by someone else a moment ago.`,
  noReasonGiven: 'no reason given',
  asked: 'asked',
  rejectPrompt: {
    title: (id) => `Reject ${id}`,
    label: 'Reason',
    optionalLabel: 'Reason (optional)',
    note: 'The requester sees it in the thread.',
    placeholder: 'e.g. not this sprint; use a smaller disk',
    submit: 'Reject',
    cancel: 'Cancel',
  },
  operation: (operation) => {
    if (operation.kind === 'create') return `create ${operation.vms.map((vm) => vm.name).join(', ')}`;
    if (operation.kind === 'destroy') return `destroy ${operation.vm.name}`;
    return `${operation.action} ${operation.vm.name}`;
  },
  gotIt: (job, waiting) =>
    `Got it, ${job === 'plan' ? 'planning' : 'working on it'}.${waiting > 0 ? ` Queued behind ${jobs(waiting)}.` : ''}`,
  proxmoxDown: 'Proxmox is not answering right now.',
  proxmoxDownLater: 'The request is kept; it will be checked and planned as soon as Proxmox answers.',
  vmColumns: ['name', 'status', 'node', 'vmid', 'cores', 'memory'],
  vmCount: (count) => `${count} VM(s)`,
  myVmCount: (count) => `${count} VM(s) of yours`,
  noVms: 'ATLAS manages no VMs yet.',
  noVmsMine: 'You have no VMs from ATLAS yet.',
  createOne: 'Create one: /atlas vm create web-01',
  vmFields: {
    status: 'Status',
    node: 'Node',
    vmid: 'VMID',
    cores: 'Cores',
    memory: 'Memory',
    ip: 'IP',
    tags: 'Tags',
  },
  templateColumns: ['name', 'node', 'vmid'],
  templateCount: (count) => `${count} template(s)`,
  noTemplates: 'Proxmox has no VM templates.',
  defaultTemplate: (name) => `Default: ${name}. Use one with --template NAME.`,
  rolledBackAlready: (id) => `${id} is rolled back already.`,
  rollbackAskedAlready: (id) => `${id}'s rollback was asked for already.`,
  rollbackProgressHere: 'Its progress shows in this thread.',
  rollingBack: (id) => `Rolling back ${id}`,
  rollingBackRemoves: (names) => `Removing whatever of ${names} it created.`,
  rollbackRemoving: (vms) => `rolling back: removing ${vms}`,
  rollbackStarted: 'rolling back',
  rollbackStopped: (why) => `rolling back stopped: ${why} Remove what is left with /atlas vm destroy NAME.`,
  internalErrorWhy: 'an internal error (see the ATLAS log)',
  internalTitle: 'Something went wrong inside ATLAS.',
  internalText:
    'The details are in the ATLAS log; please try again, and tell the operators if it keeps happening.',
  errorHeadline: {
    usage: 'That command is not right.',
    policy: 'An ATLAS rule does not allow this.',
    not_found: 'Something this needs does not exist.',
    conflict: 'This clashes with what is on the cluster now.',
    forbidden: 'You may not do this.',
    invalid_state: 'This cannot be done at this point.',
    stale_plan: 'The plan changed in the meantime.',
    proxmox: 'Proxmox reported an error.',
    transient: 'A service ATLAS depends on is not answering right now.',
    config: 'The ATLAS configuration has a problem.',
    configure: 'Setting up the VM failed.',
    internal: 'Something went wrong inside ATLAS.',
  },
};
