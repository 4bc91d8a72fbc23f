import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../../src/iac/tf-events.ts';
import { progressOf } from '../../../src/iac/tf-progress.ts';

const ADDR = 'proxmox_virtual_environment_vm.vm_web_01';
const resource = { addr: ADDR, module: '', resource: ADDR, resource_type: 'proxmox_virtual_environment_vm' };

/** Lines as terraform 1.11 writes them with -json (trimmed of fields ATLAS does not read). */
const LINES = {
  version: '{"@level":"info","@message":"Terraform 1.11.4","terraform":"1.11.4","type":"version","ui":"1.2"}',
  start: JSON.stringify({
    '@message': `${ADDR}: Creating...`,
    hook: { resource, action: 'create' },
    type: 'apply_start',
  }),
  progress: JSON.stringify({
    '@message': `${ADDR}: Still creating... [30s elapsed]`,
    hook: { resource, action: 'create', elapsed_seconds: 30 },
    type: 'apply_progress',
  }),
  complete: JSON.stringify({
    hook: { resource, action: 'create', id_key: 'id', id_value: '101', elapsed_seconds: 42 },
    type: 'apply_complete',
  }),
  errored: JSON.stringify({
    hook: { resource, action: 'create', elapsed_seconds: 3 },
    type: 'apply_errored',
  }),
  diagnostic: JSON.stringify({
    '@level': 'error',
    diagnostic: {
      severity: 'error',
      summary: 'cloning VM 101 failed',
      detail:
        'clone failed: storage local-lvm is full (token root@pam!atlas=5f0c9a4e-3b7d-4c1a-9e2f-7a8b6c5d4e3f)\nmore',
      address: ADDR,
    },
    type: 'diagnostic',
  }),
  summary: JSON.stringify({
    changes: { add: 1, change: 0, import: 0, remove: 0, operation: 'apply' },
    type: 'change_summary',
  }),
  outputs: JSON.stringify({
    outputs: {
      ipv4_addresses: {
        sensitive: false,
        type: ['map', ['list', 'string']],
        value: { 'web-01': [['10.0.0.5']] },
      },
    },
    type: 'outputs',
  }),
};

const names = (address: string) => (address === ADDR ? 'web-01' : undefined);
const sanitize = (text: string) => text.replaceAll('5f0c9a4e-3b7d-4c1a-9e2f-7a8b6c5d4e3f', '***');

describe('parseEvent', () => {
  it('reads the events ATLAS acts on', () => {
    expect(parseEvent(LINES.start)).toMatchObject({
      type: 'apply_start',
      hook: { resource: { addr: ADDR }, action: 'create' },
    });
    expect(parseEvent(LINES.progress)).toMatchObject({
      type: 'apply_progress',
      hook: { elapsed_seconds: 30 },
    });
    expect(parseEvent(LINES.diagnostic)).toMatchObject({
      type: 'diagnostic',
      diagnostic: { severity: 'error', address: ADDR },
    });
    expect(parseEvent(LINES.summary)).toMatchObject({
      type: 'change_summary',
      changes: { add: 1, operation: 'apply' },
    });
    expect(parseEvent(LINES.outputs)).toMatchObject({
      type: 'outputs',
      outputs: { ipv4_addresses: { value: { 'web-01': [['10.0.0.5']] } } },
    });
  });

  it('skips other message types, plain text and broken JSON', () => {
    expect(parseEvent(LINES.version)).toBeUndefined();
    expect(parseEvent('Initializing the backend...')).toBeUndefined();
    expect(parseEvent('{"type":"apply_start",')).toBeUndefined();
    expect(parseEvent('{"type":"apply_start"}')).toBeUndefined();
  });
});

describe('progressOf', () => {
  function progress(line: string) {
    const event = parseEvent(line);
    if (!event) throw new Error(`not an event: ${line}`);
    return progressOf(event, names, sanitize);
  }

  it('tells the thread what Terraform is doing to which VM', () => {
    expect(progress(LINES.start)).toMatchObject({ message: 'terraform: creating web-01', vm: 'web-01' });
    expect(progress(LINES.progress)).toMatchObject({
      message: 'terraform: still creating web-01 after 30s',
      vm: 'web-01',
    });
    expect(progress(LINES.complete)).toMatchObject({
      message: 'terraform: created web-01 in 42s',
      vm: 'web-01',
    });
    expect(progress(LINES.errored)).toMatchObject({
      message: 'terraform: creating web-01 failed after 3s',
      vm: 'web-01',
    });
    expect(progress(LINES.start)?.said).toEqual({
      key: expect.any(String),
      args: expect.arrayContaining(['web-01']),
    });
  });

  it('reports a diagnostic with its first detail line, sanitised', () => {
    expect(progress(LINES.diagnostic)).toEqual({
      message:
        'Terraform error: cloning VM 101 failed: clone failed: storage local-lvm is full (token root@pam!atlas=***)',
      vm: 'web-01',
    });
  });

  it('stays quiet about summaries, outputs and the warnings every targeted destroy brings', () => {
    const targeting = JSON.stringify({
      diagnostic: {
        severity: 'warning',
        summary: 'Resource targeting is in effect',
        detail: 'You are creating a plan with -target',
      },
      type: 'diagnostic',
    });

    expect(progress(LINES.summary)).toBeUndefined();
    expect(progress(LINES.outputs)).toBeUndefined();
    expect(progress(targeting)).toBeUndefined();
    expect(progress(targeting.replace('Resource targeting is in effect', 'Deprecated attribute'))).toEqual({
      message: 'Terraform warning: Deprecated attribute: You are creating a plan with -target',
    });
  });

  it('names a resource that is not a VM by its address', () => {
    const event = parseEvent(LINES.start.replaceAll(ADDR, 'terraform_data.x'));

    expect(event && progressOf(event, names, sanitize)).toMatchObject({
      message: 'terraform: creating terraform_data.x',
    });
  });
});
