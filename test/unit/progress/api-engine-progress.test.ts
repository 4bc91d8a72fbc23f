import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiEngine } from '../../../src/proxmox/api-engine.ts';
import { createProxmoxClient, type ProxmoxClient } from '../../../src/proxmox/client.ts';
import { startSimulator } from '../../../src/sim/index.ts';
import { renderedProgress, type World } from './rendered-progress.ts';

let sim: Awaited<ReturnType<typeof startSimulator>>;
let client: ProxmoxClient;

beforeAll(async () => {
  sim = await startSimulator({ taskMs: 5, agentIpDelayMs: 10 });
  client = createProxmoxClient({ url: sim.url, tokenId: sim.tokenId, tokenSecret: sim.tokenSecret });
});

afterAll(async () => {
  client.close();
  await sim.close();
});

const TIMING = { taskPollMs: 5, ipPollMs: 5, ipTimeoutMs: 5_000, lockBackoffMs: 5 };
const apiEngine = (world: World) =>
  new ApiEngine({ api: client.api, claims: world.deps.claims, timing: TIMING });

describe("the API engine's progress lines in the thread", () => {
  it('are Italian for an Italian request', async () => {
    const { lines } = await renderedProgress('it', apiEngine, 'vm create web-01 --disk 30');

    expect(lines[0]).toBe('applicazione del piano approvato');
    expect(lines).toContainEqual(
      expect.stringMatching(/^clono web-01 da ubuntu-24\.04 su pve\d \(vmid \d+\)$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^configuro web-01: .*ciuser/));
    expect(lines).toContainEqual(expect.stringMatching(/^ingrandisco il disco scsi0 di web-01 a 30 GiB$/));
    expect(lines).toContainEqual(expect.stringMatching(/^avvio web-01 su pve\d$/));
    expect(lines).toContain('attendo che web-01 comunichi il suo indirizzo IP');
    expect(lines.at(-1)).toMatch(/^web-01 è in esecuzione su pve\d all'indirizzo [\d.]+$/);
    expect(lines.join('\n')).not.toMatch(/cloning|starting|waiting for|is running/);
  });

  it('stay exactly the English lines the engine reported for an English request', async () => {
    const { lines, published } = await renderedProgress('en', apiEngine, 'vm create web-02 --disk 30');

    expect(lines).toEqual(['applying the approved plan', ...published]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^cloning web-02 from ubuntu-24\.04 on pve\d \(vmid \d+\)$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^configuring web-02: .*ciuser/));
    expect(lines).toContainEqual(expect.stringMatching(/^growing the scsi0 disk of web-02 to 30 GiB$/));
    expect(lines.at(-1)).toMatch(/^web-02 is running on pve\d at [\d.]+$/);
  });
});
