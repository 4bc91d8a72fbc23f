import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertFiltered, renderTemplate, terraformTemplates } from '../../../src/iac/template-env.ts';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function templatesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-templates-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('terraform templates environment', () => {
  it('prints values through the hcl filter, escaped', () => {
    const env = terraformTemplates(templatesWith({ 'a.njk': 'x = {{ v | hcl }}\n' }));

    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
    const text = renderTemplate(env, 'a.njk', { v: 'a"${b}' });

    expect(text).toBe('x = "a\\"$${b}"\n');
  });

  it('refuses a template that prints a value without an HCL filter', () => {
    const env = terraformTemplates(templatesWith({ 'a.njk': 'x = "{{ v }}"\n' }));

    expect(() => renderTemplate(env, 'a.njk', { v: 'safe' })).toThrow(/without an HCL filter/);
  });

  it('throws on an undefined variable instead of printing nothing', () => {
    const env = terraformTemplates(templatesWith({ 'a.njk': 'x = {{ missing | hcl }}\n' }));

    expect(() => renderTemplate(env, 'a.njk', {})).toThrow(/Rendering the Terraform template a\.njk/);
  });

  it('refuses an identifier that is not one', () => {
    const env = terraformTemplates(templatesWith({ 'a.njk': 'x = res.{{ v | hcl_identifier }}\n' }));

    expect(renderTemplate(env, 'a.njk', { v: 'vm_web_01' })).toBe('x = res.vm_web_01\n');
    expect(() => renderTemplate(env, 'a.njk', { v: 'a.b' })).toThrow(/not an identifier/);
  });
});

describe('assertFiltered', () => {
  it('accepts filtered outputs, with or without whitespace control', () => {
    expect(() => assertFiltered('t', '{{ a | hcl }} {{- b|hcl_identifier -}}')).not.toThrow();
  });

  it('names the first unfiltered output', () => {
    expect(() => assertFiltered('t', '{{ a | hcl }} {{ b | upper }}')).toThrow(/prints \{\{ b \| upper \}\}/);
  });
});
