import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxmoxClient } from '../../../src/proxmox/client.ts';
import { ProxmoxInventory } from '../../../src/proxmox/proxmox-inventory.ts';
import { type Sim, startWorld, type World } from './world.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/tls/${name}`, import.meta.url), 'utf8');

describe('the Proxmox client over HTTPS', () => {
  let world: World;
  let sim: Sim;

  beforeAll(async () => {
    world = await startWorld(
      { tls: { cert: fixture('server.pem'), key: fixture('server-key.pem') } },
      {},
      { ca: fixture('ca.pem') },
    );
    sim = world.sim;
  });

  afterAll(async () => {
    await world.close();
  });

  it('talks to a cluster whose certificate the given CA signed', async () => {
    const nodes = await world.engine.inventory.nodes();

    expect(sim.url.startsWith('https://')).toBe(true);
    expect(nodes.map((n) => n.name)).toEqual(['pve1', 'pve2', 'pve3']);
  });

  it('refuses an unknown certificate by default, and says how to trust it', async () => {
    const client = createProxmoxClient({
      url: sim.url,
      tokenId: sim.tokenId,
      tokenSecret: sim.tokenSecret,
      getRetries: 0,
    });

    const error = await new ProxmoxInventory(client.api).nodes().catch((e: unknown) => e);
    client.close();

    expect(error).toMatchObject({
      code: 'proxmox',
      status: undefined,
      hint: expect.stringContaining('PROXMOX_CA_FILE'),
    });
  });

  it('accepts any certificate only in explicit insecure mode', async () => {
    const client = createProxmoxClient({
      url: sim.url,
      tokenId: sim.tokenId,
      tokenSecret: sim.tokenSecret,
      insecure: true,
    });

    const nodes = await new ProxmoxInventory(client.api).nodes();
    client.close();

    expect(nodes).toHaveLength(3);
  });
});

describe('the Proxmox client when things are wrong', () => {
  it('says the token was refused', async () => {
    const world = await startWorld({}, {}, { tokenSecret: '00000000-0000-0000-0000-000000000000' });

    const error = await world.engine.inventory.nodes().catch((e: unknown) => e);
    await world.close();

    expect(error).toMatchObject({
      status: 401,
      code: 'proxmox',
      hint: expect.stringContaining('PROXMOX_TOKEN_SECRET'),
    });
  });

  it('rejects a malformed token id before sending anything', () => {
    expect(() =>
      createProxmoxClient({ url: 'https://pve:8006', tokenId: 'atlas', tokenSecret: 'x' }),
    ).toThrow(/^Setting up the Proxmox client: tokenId: must look like USER@REALM!TOKENID/);
  });

  it('calls a refused connection transient and points at PROXMOX_URL', async () => {
    const world = await startWorld();
    const url = world.sim.url;
    await world.close();
    const client = createProxmoxClient({ url, tokenId: 'a@pve!t', tokenSecret: 's', getRetries: 0 });

    const error = await new ProxmoxInventory(client.api).nodes().catch((e: unknown) => e);
    client.close();

    expect(error).toMatchObject({ code: 'transient', hint: expect.stringContaining('PROXMOX_URL') });
  });
});
