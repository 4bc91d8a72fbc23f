// tfplugin6 diagnostics: what Terraform prints as "Error: <summary>" with the detail below it.
import { AtlasError } from '../../domain/errors.ts';
import { defaultSanitizer } from '../../observability/sanitizer.ts';

/** An attribute path: names for attributes and blocks, numbers for list elements. */
export type PathStep = string | number;

export interface AttributePath {
  steps: ({ attribute_name: string } | { element_key_int: number })[];
}

export interface Diagnostic {
  severity: 'ERROR' | 'WARNING';
  summary: string;
  detail: string;
  attribute?: AttributePath;
}

export function attributePath(steps: readonly PathStep[]): AttributePath {
  return {
    steps: steps.map((step) =>
      typeof step === 'number' ? { element_key_int: step } : { attribute_name: step },
    ),
  };
}

function diagnostic(
  severity: Diagnostic['severity'],
  summary: string,
  detail: string,
  path?: readonly PathStep[],
): Diagnostic {
  const clean = defaultSanitizer.sanitize(detail);
  const base = { severity, summary: defaultSanitizer.sanitize(summary), detail: clean };
  return path === undefined || path.length === 0 ? base : { ...base, attribute: attributePath(path) };
}

export function errorDiagnostic(summary: string, detail: string, path?: readonly PathStep[]): Diagnostic {
  return diagnostic('ERROR', summary, detail, path);
}

export function warningDiagnostic(summary: string, detail: string, path?: readonly PathStep[]): Diagnostic {
  return diagnostic('WARNING', summary, detail, path);
}

/** An error diagnostic whose detail is the error's message (for Proxmox errors: what PVE said) and hint. */
export function diagnosticFromError(summary: string, error: unknown): Diagnostic {
  return errorDiagnostic(summary, describeError(error));
}

export function describeError(error: unknown): string {
  if (error instanceof AtlasError) return error.hint ? `${error.message}\n\n${error.hint}` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'ERROR');
}
