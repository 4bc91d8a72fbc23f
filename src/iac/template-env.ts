import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { AtlasError } from '../domain/errors.ts';
import { hclValue } from './hcl-escape.ts';

/** The templates shipped with ATLAS: templates/terraform/ at the root of the package. */
export const DEFAULT_TERRAFORM_TEMPLATES = fileURLToPath(
  new URL('../../templates/terraform/', import.meta.url),
);

const HCL_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * The nunjucks environment for Terraform templates. Every value is printed through `hcl` (a literal:
 * quoted and escaped string, integer, boolean or list) or `hcl_identifier` (a bare, strictly checked
 * identifier); a template that prints anything else is refused when it loads. Autoescape stays on and
 * undefined values throw, so nothing reaches the output unescaped or silently empty.
 */
export function terraformTemplates(dir: string = DEFAULT_TERRAFORM_TEMPLATES): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir), {
    autoescape: true,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.on('load', (name, source) => assertFiltered(name, source.src));
  env.addFilter('hcl', (value: unknown) => new nunjucks.runtime.SafeString(hclValue(value)));
  env.addFilter('hcl_identifier', (value: unknown) => {
    if (typeof value !== 'string' || !HCL_IDENTIFIER.test(value)) {
      throw new AtlasError(
        'internal',
        `Generating Terraform: ${JSON.stringify(value)} is not an identifier.`,
      );
    }
    return new nunjucks.runtime.SafeString(value);
  });
  return env;
}

const OUTPUT = /\{\{-?([\s\S]*?)-?\}\}/g;
const FILTERED = /\|\s*(?:hcl|hcl_identifier)\s*$/;

/** Every `{{ ... }}` of a template ends in an HCL filter. */
export function assertFiltered(name: string, source: string): void {
  for (const match of source.matchAll(OUTPUT)) {
    if (FILTERED.test(match[1] ?? '')) continue;
    throw new AtlasError(
      'internal',
      `The Terraform template ${name} prints ${match[0]} without an HCL filter.`,
      {
        hint: 'Print every value as {{ value | hcl }} or {{ name | hcl_identifier }} (templates/README.md).',
      },
    );
  }
}

export function renderTemplate(env: nunjucks.Environment, name: string, vars: object): string {
  try {
    return env.render(name, vars);
  } catch (error) {
    if (error instanceof AtlasError) throw error;
    throw new AtlasError(
      'internal',
      `Rendering the Terraform template ${name}: ${(error as Error).message}`,
      {
        hint: 'The template or its variables are wrong; templates/README.md lists what a template may use.',
        cause: error,
      },
    );
  }
}
