import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '../../../src/iac/run-process.ts';
import { terraformError } from '../../../src/iac/terraform-error.ts';
import type { TfDiagnostic } from '../../../src/iac/tf-events.ts';

const failed: ProcessResult = { exitCode: 1, stdout: '', stderr: '' };
const sanitize = (text: string) => text.replaceAll('hunter22', '***');

function errorFor(diagnostics: TfDiagnostic[], result: ProcessResult = failed) {
  return terraformError({
    doing: 'Applying the plan of R-7F3K',
    command: 'apply',
    result,
    diagnostics,
    sanitize,
  });
}

describe('terraformError', () => {
  it('turns a resource error into a proxmox error carrying the PVE message', () => {
    const error = errorFor([
      {
        severity: 'error',
        summary: 'Error cloning VM',
        detail: "clone failed: storage 'local-lvm' does not exist",
        address: 'proxmox_virtual_environment_vm.vm_web_01',
      },
    ]);

    expect(error.code).toBe('proxmox');
    expect(error.message).toBe(
      "Applying the plan of R-7F3K: Error cloning VM: clone failed: storage 'local-lvm' does not exist",
    );
    expect(error.hint).toMatch(/fix the cause, then plan the request again/);
    expect(error.exitCode).toBe(1);
  });

  it('leaves warnings out of the message', () => {
    const error = errorFor([
      { severity: 'warning', summary: 'Resource targeting is in effect' },
      { severity: 'error', summary: 'boom' },
    ]);

    expect(error.message).toBe('Applying the plan of R-7F3K: boom');
  });

  it('calls a held state lock transient, so the job tries again', () => {
    const error = errorFor([
      { severity: 'error', summary: 'Error acquiring the state lock', detail: 'pq: lock held' },
    ]);

    expect(error.code).toBe('transient');
  });

  it('calls a stale plan file stale and says to plan again', () => {
    const error = errorFor([
      {
        severity: 'error',
        summary: 'Saved plan is stale',
        detail: 'The given plan file can no longer be applied',
      },
    ]);

    expect(error.code).toBe('stale_plan');
    expect(error.hint).toMatch(/Plan the request again/);
  });

  it('points at the provider installation when Terraform cannot find the provider', () => {
    const error = errorFor([{ severity: 'error', summary: 'Failed to query available provider packages' }]);

    expect(error.code).toBe('config');
    expect(error.hint).toMatch(/TF_CLI_CONFIG_FILE/);
  });

  it('says a run was stopped, and that applying again carries on', () => {
    expect(errorFor([], { ...failed, stopped: 'timeout' }).message).toBe(
      'Applying the plan of R-7F3K: terraform apply took too long and was stopped.',
    );
    expect(errorFor([], { ...failed, stopped: 'aborted' }).code).toBe('transient');
  });

  it('says when terraform is not installed', () => {
    const error = errorFor([], {
      exitCode: undefined,
      stdout: '',
      stderr: '',
      spawnError: 'spawn terraform ENOENT',
    });

    expect(error.code).toBe('config');
    expect(error.message).toMatch(/could not be started \(spawn terraform ENOENT\)/);
  });

  it('falls back to the last lines of output, sanitised', () => {
    const error = errorFor([], { exitCode: 1, stdout: '', stderr: 'Error: password hunter22 rejected\n' });

    expect(error.message).toBe('Applying the plan of R-7F3K: Error: password *** rejected');
  });
});
