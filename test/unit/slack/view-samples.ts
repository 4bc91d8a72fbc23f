// One sample of every ThreadView kind, made by the core's own view functions from fixed data, so the
// Slack golden files show what ATLAS really sends.
import { helpText } from '../../../src/core/grammar/help-text.ts';
import { errorView, notice } from '../../../src/core/views/notices.ts';
import { failureView, progressView, resultView } from '../../../src/core/views/outcome.ts';
import { planCard } from '../../../src/core/views/plan-card.ts';
import { AtlasError } from '../../../src/domain/errors.ts';
import type { ThreadView } from '../../../src/domain/thread-view.ts';
import { testPolicy } from '../../support/memory-ports.ts';
import { AT, audit, plan, request } from './view-fixtures.ts';

const done = request(1, {
  state: 'succeeded',
  result: [{ name: 'web-01', vmid: 101, node: 'pve1', ip: '10.0.0.12' }],
});

export const VIEW_SAMPLES: Record<string, ThreadView> = {
  'plan-pending': planCard(request(1), plan(1), audit.slice(0, 2), 'UBOB, group S0614TZR7'),
  'plan-approved': planCard(request(1), plan(1), audit, 'UBOB', { outcome: 'approved', by: 'bob', at: AT }),
  'plan-rejected': planCard(request(1), plan(1), audit, 'UBOB', {
    outcome: 'rejected',
    by: 'bob',
    at: AT,
    reason: 'not this sprint <b>',
  }),
  'plan-long': planCard(request(50), plan(50), audit, 'UBOB'),
  progress: progressView(
    request(1, { state: 'applying' }),
    ['cloning web-01 from ubuntu-24.04', 'starting web-01 on pve1'],
    42_000,
    false,
  ),
  result: resultView(done, audit, 'atlas'),
  failure: failureView(
    request(1, { state: 'failed', reason: 'Proxmox refused the clone: storage ceph-vm is full' }),
    audit,
  ),
  'error-forbidden': errorView(
    new AtlasError('forbidden', 'You cannot approve R-7F3K.', { hint: 'Approvers: UBOB.' }),
  ),
  notice: notice('R-7F3K: create web-01', 'Got it, planning.', 'pending'),
  help: (() => {
    const help = helpText(undefined, testPolicy(), 'en');
    return {
      kind: 'help',
      tone: 'neutral',
      title: help.title,
      text: help.text,
      visibility: 'ephemeral',
    } satisfies ThreadView;
  })(),
  table: {
    kind: 'table',
    tone: 'neutral',
    title: '3 VM(s)',
    table: {
      columns: ['name', 'status', 'node', 'vmid', 'cores', 'memory'],
      rows: [
        ['db-01', 'running', 'pve2', '104', '4', '8 GiB'],
        ['web-01', 'running', 'pve1', '101', '2', '4 GiB'],
        ['web-02', 'stopped', 'pve1', '102', '2', '4 GiB'],
      ],
    },
    visibility: 'thread',
  },
};
