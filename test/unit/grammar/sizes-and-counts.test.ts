import { describe, expect, it } from 'vitest';
import { errorOf, vmsOf } from './parse.ts';

describe('vm create --memory', () => {
  it.each([
    ['2G', 2048],
    ['2g', 2048],
    ['2048M', 2048],
    ['512MB', 512],
    ['2 GiB', 2048],
    ['2 gb', 2048],
    ['"2 GiB"', 2048],
    ['1.5G', 1536],
    ['8', 8192],
    ['63', 63 * 1024],
    ['64', 64],
    ['2048', 2048],
    ['0.5', 512],
  ])('--memory %s is %i MiB', (value, mib) => {
    const vms = vmsOf(`vm create web-01 --memory ${value}`);

    expect(vms[0]?.memoryMiB).toBe(mib);
  });
});

describe('vm create --disk', () => {
  it.each([
    ['40G', 40],
    ['40', 40],
    ['40 GiB', 40],
    ['2048M', 2],
    ['0.25T', 256],
  ])('--disk %s is %s GiB', (value, gib) => {
    const vms = vmsOf(`vm create web-01 --disk ${value}`);

    expect(vms[0]?.diskGiB).toBe(gib);
  });
});

describe('vm create --count', () => {
  it.each([
    ['web-01', 3, ['web-01', 'web-02', 'web-03']],
    ['web', 3, ['web-01', 'web-02', 'web-03']],
    ['web-9', 2, ['web-9', 'web-10']],
    ['web-098', 3, ['web-098', 'web-099', 'web-100']],
    ['db1', 2, ['db1', 'db2']],
    ['web', 1, ['web']],
    ['web-01', 1, ['web-01']],
  ])('%s --count %i', (name, count, names) => {
    const vms = vmsOf(`vm create ${name} --count ${count} --cores 3`);

    expect(vms.map((vm) => vm.name)).toEqual(names);
    expect(vms.every((vm) => vm.cores === 3)).toBe(true);
  });

  it('gives each VM its own lists', () => {
    const vms = vmsOf('vm create web --count 2 --tag a');

    expect(vms[0]?.tags).not.toBe(vms[1]?.tags);
  });

  it('refuses a count whose names would not be DNS labels', () => {
    const error = errorOf(`vm create ${'a'.repeat(62)}9 --count 2`);

    expect(error.message).toContain('--count 2');
    expect(error.message).toContain('not a valid VM name');
    expect(error.hint).toContain('shorter name');
  });
});
