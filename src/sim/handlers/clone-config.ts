// The config of a clone: the source's, with new disks (linked: on the template's base volume; full: own
// volumes), new MACs, a new identity, and the requested name and description.
import { diskKeys, storageOf, volumeOf } from '../disks.ts';
import type { SimConfig, SimVm } from '../types.ts';
import { identity, macFor } from '../vm-build.ts';
import { vmName } from '../vm-facts.ts';

export interface CloneShape {
  newid: number;
  name?: string | undefined;
  description?: string | undefined;
  full: boolean;
  /** Target storage of a full clone; default: the source disk's storage. */
  storage?: string | undefined;
}

function clonedDisk(value: string, shape: CloneShape, index: number): string {
  const volume = volumeOf(value);
  const rest = value.slice(volume.length);
  const [storage = '', name = ''] = volume.split(':');
  const own = `vm-${shape.newid}-disk-${index}`;
  if (!shape.full) return `${storage}:${name.split('/')[0]}/${own}${rest}`;
  return `${shape.storage ?? storage}:${own}${rest}`;
}

function clonedNic(value: string, newid: number, nic: number): string {
  return value.replace(
    /([a-z0-9_-]+)=([0-9A-F]{2}(?::[0-9A-F]{2}){5})/i,
    (_all, model: string) => `${model}=${macFor(newid, nic)}`,
  );
}

export function cloneConfig(source: SimVm, shape: CloneShape): SimConfig {
  const config: SimConfig = { ...source.config };
  delete config.template;
  delete config.lock;
  diskKeys(source.config).forEach((key, index) => {
    config[key] = clonedDisk(String(source.config[key]), shape, index);
  });
  for (const key of Object.keys(config)) {
    const value = String(config[key]);
    if (/^net\d+$/.test(key)) config[key] = clonedNic(value, shape.newid, Number(key.slice(3)));
    if (value.includes('cloudinit'))
      config[key] = `${shape.storage ?? storageOf(value)}:vm-${shape.newid}-cloudinit,media=cdrom`;
  }
  Object.assign(config, identity());
  config.name = shape.name ?? `Copy-of-VM-${vmName(source)}`;
  if (shape.description !== undefined) config.description = shape.description;
  return config;
}
