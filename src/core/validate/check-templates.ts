import type { AtlasError } from '../../domain/errors.ts';
import type { TemplateInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { rankByDistance } from '../grammar/edit-distance.ts';
import { errorMaker, listArg } from '../i18n/error-texts.ts';
import { findingErrorsEn } from '../i18n/finding-errors-en.ts';

const fail = errorMaker(findingErrorsEn);

/** Every template asked for must exist; the hint lists what does, nearest first. */
export function checkTemplates(vms: readonly VmSpec[], templates: readonly TemplateInfo[]): AtlasError[] {
  const known = [...new Set(templates.map((t) => t.name))];
  const knownLower = known.map((name) => name.toLowerCase());
  const missing = [...new Set(vms.map((vm) => vm.template))].filter(
    (t) => !knownLower.includes(t.toLowerCase()),
  );
  return missing.map((template) =>
    known.length === 0
      ? fail('not_found', 'noTemplates', template)
      : fail('not_found', 'noSuchTemplate', template, listArg(rankByDistance(template, known))),
  );
}
