import { describe, expect, it } from 'vitest';
import { DEFAULT_RESERVATION_TTL_MS, VmidAllocator } from '../../../src/proxmox/vmid-allocator.ts';
import { FakeClaims } from './fake-claims.ts';

/** FakeClaims that counts the calls made to it. */
class CountingClaims extends FakeClaims {
  calls = 0;

  override async claim(key: string, ttlMs: number): Promise<boolean> {
    this.calls += 1;
    return super.claim(key, ttlMs);
  }

  override async release(key: string): Promise<void> {
    this.calls += 1;
    return super.release(key);
  }
}

/** What PVE would say: the used ids, and nextid = the lowest free id from 100 (it reserves nothing). */
function cluster(used: number[]) {
  return {
    resources: async () => used.map((vmid) => ({ vmid })),
    nextId: async () => {
      let id = 100;
      while (used.includes(id)) id += 1;
      return id;
    },
  };
}

describe('VmidAllocator', () => {
  it('skips ids that guests use, starting from nextid', async () => {
    const allocator = new VmidAllocator({ source: cluster([100, 101, 103]), claims: new FakeClaims() });

    const vmid = await allocator.allocate('R-AAAA/web-01');

    expect(vmid).toBe(102);
  });

  it('gives 20 concurrent allocations in two processes 20 distinct ids', async () => {
    const claims = new FakeClaims();
    const one = new VmidAllocator({ source: cluster([100, 9000, 9001]), claims });
    const two = new VmidAllocator({ source: cluster([100, 9000, 9001]), claims });

    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).allocate(`R-AAAA/vm-${i}`)),
    );

    expect(new Set(ids).size).toBe(20);
    expect(ids.every((id) => id >= 101 && id !== 9000 && id !== 9001)).toBe(true);
  });

  it('skips ids planned earlier (reserved but not yet cloned)', async () => {
    const claims = new FakeClaims();
    const allocator = new VmidAllocator({ source: cluster([]), claims });
    await allocator.allocate('R-AAAA/web-01');

    const later = await new VmidAllocator({ source: cluster([]), claims }).allocate('R-BBBB/db-01');

    expect(later).toBe(101);
  });

  it('gives the same owner its earlier reservation back, so re-planning is stable', async () => {
    const claims = new FakeClaims();
    const allocator = new VmidAllocator({ source: cluster([]), claims });
    const first = await allocator.allocate('R-AAAA/web-01');

    const again = await allocator.allocate('R-AAAA/web-01');

    expect(again).toBe(first);
    expect([...claims.held().keys()].filter((k) => k.includes(':owner:'))).toEqual([
      'proxmox:vmid:100:owner:R-AAAA/web-01',
    ]);
  });

  it('does not hand out ids the same plan already took', async () => {
    const allocator = new VmidAllocator({ source: cluster([]), claims: new FakeClaims() });

    const vmid = await allocator.allocate('R-AAAA/web-02', new Set([100, 101]));

    expect(vmid).toBe(102);
  });

  it('reserves for a day and more by default, and frees an id on release', async () => {
    const claims = new FakeClaims();
    const allocator = new VmidAllocator({ source: cluster([]), claims });
    const vmid = await allocator.allocate('R-AAAA/web-01');
    const ttl = claims.held().get('proxmox:vmid:100') ?? 0;

    await allocator.release(vmid, 'R-AAAA/web-01');

    expect(ttl).toBeGreaterThan(24 * 60 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(DEFAULT_RESERVATION_TTL_MS);
    expect(await allocator.allocate('R-BBBB/db-01')).toBe(100);
  });

  it('walks past reservations it has met without asking the claim store again', async () => {
    const claims = new CountingClaims();
    const allocator = new VmidAllocator({ source: cluster([]), claims });
    for (let i = 1; i < 50; i += 1) await allocator.allocate(`R-AAAA/vm-${i}`);
    claims.calls = 0;

    const vmid = await allocator.allocate('R-BBBB/db-01');

    expect(vmid).toBe(149);
    expect(claims.calls).toBeLessThanOrEqual(2);
  });

  it('asks the claim store again once a remembered reservation would have expired', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const claims = new CountingClaims(clock);
    const one = new VmidAllocator({ source: cluster([]), claims, ttlMs: 60_000, now: clock });
    const two = new VmidAllocator({ source: cluster([]), claims, ttlMs: 60_000, now: clock });
    await two.allocate('R-AAAA/web-01');
    await one.allocate('R-BBBB/web-02');
    now += 61_000;

    const vmid = await one.allocate('R-CCCC/web-03');

    expect(vmid).toBe(100);
  });

  it('says so when every candidate is taken', async () => {
    const allocator = new VmidAllocator({ source: cluster([]), claims: new FakeClaims(), maxCandidates: 3 });
    await allocator.allocate('R-AAAA/a', new Set());
    await allocator.allocate('R-AAAA/b', new Set());
    await allocator.allocate('R-AAAA/c', new Set());

    await expect(allocator.allocate('R-AAAA/d')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('3 candidates'),
    });
  });
});
