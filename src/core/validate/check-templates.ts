import { AtlasError } from '../../domain/errors.ts';
import type { TemplateInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { rankByDistance } from '../grammar/edit-distance.ts';

/** Every template asked for must exist; the hint lists what does, nearest first. */
export function checkTemplates(vms: readonly VmSpec[], templates: readonly TemplateInfo[]): AtlasError[] {
  const known = [...new Set(templates.map((t) => t.name))];
  const knownLower = known.map((name) => name.toLowerCase());
  const missing = [...new Set(vms.map((vm) => vm.template))].filter(
    (t) => !knownLower.includes(t.toLowerCase()),
  );
  return missing.map((template) => {
    if (known.length === 0) {
      return new AtlasError(
        'not_found',
        `There is no template "${template}": the cluster has no templates.`,
        {
          hint: 'Ask an operator to create one (in Proxmox: convert a prepared VM to a template).',
        },
      );
    }
    const ranked = rankByDistance(template, known);
    return new AtlasError('not_found', `There is no template "${template}".`, {
      hint: `Available templates: ${ranked.join(', ')}. For example: --template ${ranked[0]}`,
    });
  });
}
