import { describe, expect, it } from 'vitest';
import { CachedInventory } from '../../../src/core/cached-inventory.ts';
import { FakeInventory, ManualClock } from '../../support/memory-ports.ts';

class CountingInventory extends FakeInventory {
  calls = { nodes: 0, vms: 0 };
  override async nodes() {
    this.calls.nodes += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return super.nodes();
  }
  override async vms() {
    this.calls.vms += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return super.vms();
  }
}

describe('CachedInventory', () => {
  it('shares one call among concurrent callers and reuses nodes for a few seconds', async () => {
    const inner = new CountingInventory([], []);
    const clock = new ManualClock();
    const cached = new CachedInventory(inner, clock, 3000);

    await Promise.all(Array.from({ length: 50 }, () => cached.nodes()));
    await cached.nodes();
    clock.advance(3001);
    await cached.nodes();

    expect(inner.calls.nodes).toBe(2);
  });

  it('never serves an old VM list once the call is done', async () => {
    const inner = new CountingInventory([], []);
    const cached = new CachedInventory(inner, new ManualClock(), 3000);

    await Promise.all([cached.vms(), cached.vms(), cached.vms()]);
    inner.vmList = [{ name: 'web-01', vmid: 100, node: 'pve1', status: 'running', tags: [] }];
    const after = await cached.vms();

    expect(inner.calls.vms).toBe(2);
    expect(after.map((vm) => vm.name)).toEqual(['web-01']);
  });
});
