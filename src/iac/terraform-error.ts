import { AtlasError, type AtlasErrorCode } from '../domain/errors.ts';
import type { ProcessResult } from './run-process.ts';
import type { TfDiagnostic } from './tf-events.ts';

/** A Terraform command that did not succeed, with what Terraform said (already sanitised). */
export class TerraformError extends AtlasError {
  readonly command: string;
  readonly exitCode: number | undefined;
  readonly diagnostics: readonly TfDiagnostic[];

  constructor(
    code: AtlasErrorCode,
    message: string,
    details: {
      command: string;
      exitCode: number | undefined;
      diagnostics: readonly TfDiagnostic[];
      hint: string;
    },
  ) {
    super(code, message, { hint: details.hint });
    this.name = 'TerraformError';
    this.command = details.command;
    this.exitCode = details.exitCode;
    this.diagnostics = details.diagnostics;
  }
}

interface Failure {
  /** What ATLAS was doing, for the message: `Applying the plan of R-7F3K`. */
  doing: string;
  command: string;
  result: ProcessResult;
  diagnostics: readonly TfDiagnostic[];
  sanitize: (text: string) => string;
}

const MAX_MESSAGE = 1500;

/** The error a person reads when a Terraform command failed: what was happening, what Terraform said, what to do. */
export function terraformError(failure: Failure): TerraformError {
  const { result, command } = failure;
  const errors = failure.diagnostics.filter((d) => d.severity === 'error');
  const details = { command, exitCode: result.exitCode, diagnostics: failure.diagnostics };
  if (result.spawnError) {
    return new TerraformError(
      'config',
      `${failure.doing}: Terraform could not be started (${result.spawnError}).`,
      {
        ...details,
        hint: 'Install terraform (1.5 or later) on this worker, or point ATLAS at it (terraformBin).',
      },
    );
  }
  if (result.stopped) {
    const why = result.stopped === 'timeout' ? 'took too long and was stopped' : 'was cancelled';
    return new TerraformError('transient', `${failure.doing}: terraform ${command} ${why}.`, {
      ...details,
      hint: 'The state was saved as far as it got; applying again carries on from there.',
    });
  }
  const said =
    errors.length > 0 ? errors.map(describe).join('; ') : lastLines(result.stderr || result.stdout);
  const message = clip(
    failure.sanitize(`${failure.doing}: ${said || `terraform ${command} exited with ${result.exitCode}`}`),
  );
  const [code, hint] = classify(errors);
  return new TerraformError(code, message, { ...details, hint });
}

function classify(errors: readonly TfDiagnostic[]): [AtlasErrorCode, string] {
  const text = errors.map((e) => `${e.summary} ${e.detail ?? ''}`).join('\n');
  if (/Error acquiring the state lock/i.test(text)) {
    return [
      'transient',
      'Another worker is running Terraform on this workspace; the job tries again by itself.',
    ];
  }
  if (/Saved plan is stale/i.test(text)) {
    return [
      'stale_plan',
      'The state changed after the plan was made. Plan the request again and approve the new plan.',
    ];
  }
  if (/provider|registry|dependency lock file/i.test(text) && errors.every((e) => e.address === undefined)) {
    return [
      'config',
      'Terraform could not find the bpg/proxmox provider: give ATLAS a CLI config file with a mirror (TF_CLI_CONFIG_FILE) or let it reach the registry.',
    ];
  }
  if (errors.some((e) => e.address !== undefined)) {
    return [
      'proxmox',
      'Proxmox refused a change; read its message above, fix the cause, then plan the request again.',
    ];
  }
  return [
    'internal',
    'ATLAS generated Terraform that Terraform did not accept; report this with the request id.',
  ];
}

function describe(diagnostic: TfDiagnostic): string {
  const detail = diagnostic.detail?.trim();
  return detail ? `${diagnostic.summary}: ${detail}` : diagnostic.summary;
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-5).join(' ').trim();
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 3)}...` : text;
}
