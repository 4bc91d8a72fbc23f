// Every kind of ThreadView ATLAS shows, built by the core's own view functions from fixed data, so the
// Discord renderer's golden files cover what people really see.
import { describeApprovers } from '../../../src/core/approvers.ts';
import { helpText } from '../../../src/core/grammar/help-text.ts';
import { errorView, notice } from '../../../src/core/views/notices.ts';
import { failureView, progressView, resultView } from '../../../src/core/views/outcome.ts';
import { planCard } from '../../../src/core/views/plan-card.ts';
import type { AuditEntry } from '../../../src/domain/audit.ts';
import { UsageError } from '../../../src/domain/errors.ts';
import type { Plan } from '../../../src/domain/plan.ts';
import type { Request } from '../../../src/domain/request.ts';
import type { ThreadView } from '../../../src/domain/thread-view.ts';
import { testPolicy } from '../../support/memory-ports.ts';

const thread = {
  platform: 'discord',
  channel: '1200000000000000001',
  thread: '1300000000000000001',
} as const;
const policy = testPolicy({
  approvers: ['discord:80351110224678912', 'discord:group:1234567890123456789'],
});

const request: Request = {
  id: 'R-7F3K',
  operation: {
    kind: 'create',
    vms: [
      {
        name: 'web-01',
        cores: 2,
        memoryMiB: 4096,
        diskGiB: 20,
        template: 'ubuntu-24.04',
        sshKeys: [],
        tags: [],
      },
    ],
  },
  state: 'awaiting_approval',
  requester: { id: 'discord:80351110224678913', name: 'alice' },
  thread,
  planId: 'P-1',
  planHash: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  createdAt: '2025-03-04T14:00:00.000Z',
  updatedAt: '2025-03-04T14:00:02.000Z',
  expiresAt: '2025-03-05T14:00:02.000Z',
};

const plan: Plan = {
  id: 'P-1',
  requestId: 'R-7F3K',
  engine: 'api',
  hash: request.planHash as string,
  createdAt: '2025-03-04T14:00:02.000Z',
  actions: [
    {
      kind: 'create-vm',
      vm: {
        name: 'web-01',
        vmid: 101,
        node: 'pve1',
        template: { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
        cores: 2,
        memoryMiB: 4096,
        diskGiB: 20,
        storage: 'local-lvm',
        bridge: 'vmbr0',
        ciUser: 'atlas',
        sshKeys: [],
        ipConfig: 'ip=dhcp',
        tags: ['atlas', 'atlas-r-7f3k'],
      },
    },
  ],
};

const audit: AuditEntry[] = [
  {
    id: 1,
    at: '2025-03-04T14:00:00.000Z',
    actor: 'discord:80351110224678913',
    actorName: 'alice',
    action: 'request.created',
    requestId: 'R-7F3K',
  },
  {
    id: 2,
    at: '2025-03-04T14:00:02.000Z',
    actor: 'atlas',
    action: 'state.awaiting_approval',
    requestId: 'R-7F3K',
  },
];

const succeeded: Request = {
  ...request,
  state: 'succeeded',
  updatedAt: '2025-03-04T14:01:30.000Z',
  result: [{ name: 'web-01', vmid: 101, node: 'pve1', ip: '10.0.0.21' }],
};

/** name → view; each has a golden file test/golden/discord/<name>.json. */
export const SAMPLE_VIEWS: Record<string, ThreadView> = {
  'plan-pending': planCard(request, plan, audit, describeApprovers(policy)),
  'plan-approved': planCard({ ...request, state: 'approved' }, plan, audit, describeApprovers(policy), {
    outcome: 'approved',
    by: 'bob',
    at: '2025-03-04T14:00:40.000Z',
  }),
  'plan-rejected': planCard({ ...request, state: 'rejected' }, plan, audit, describeApprovers(policy), {
    outcome: 'rejected',
    by: 'bob',
    at: '2025-03-04T14:00:40.000Z',
    reason: 'not this sprint',
  }),
  progress: progressView(
    { ...request, state: 'applying' },
    ['applying', 'cloning template 9000 to vmid 101 on pve1', 'starting web-01'],
    12_000,
    false,
  ),
  result: resultView(succeeded, audit, 'atlas'),
  failure: failureView(
    { ...request, state: 'failed', reason: 'Proxmox said: storage local-lvm is full.' },
    audit,
  ),
  'usage-error': errorView(new UsageError('vm create: unknown option --memroy.', 'Did you mean --memory?')),
  'internal-error': errorView(new Error('boom')),
  notice: notice('R-7F3K: create web-01', 'Got it, planning.', 'pending'),
  help: { kind: 'help', tone: 'neutral', visibility: 'ephemeral', ...helpText(undefined, policy, 'en') },
  table: {
    kind: 'table',
    tone: 'neutral',
    title: '2 VM(s)',
    table: {
      columns: ['name', 'status', 'node', 'vmid'],
      rows: [
        ['web-01', 'running', 'pve1', '101'],
        ['db-primary', 'stopped', 'pve2', '102'],
      ],
    },
    visibility: 'thread',
  },
};
