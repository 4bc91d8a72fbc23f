// One contract every chat adapter must pass (console, Slack, Discord): the same conversation, the same
// rules, whatever the platform.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatHarness } from './chat-harness.ts';

export function chatAdapterContract(name: string, makeHarness: () => Promise<ChatHarness>): void {
  describe(`chat adapter contract: ${name}`, () => {
    let harness: ChatHarness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    it('keeps a create in one thread: plan card with buttons, approval, progress, result with the IP', async () => {
      harness = await makeHarness();

      const thread = await harness.start('alice', 'vm create web-01 --cores 2 --memory 2G');
      await thread.waitForText(/Plan R-[0-9A-Z]{4}: create web-01/);
      await thread.press('bob', 'Approve');
      const result = await thread.waitForText(/done: web-01 is running/, 30_000);

      expect(result).toMatch(/ssh atlas@10\.\d+\.\d+\.\d+/);
      const texts = (await thread.texts()).join('\n');
      expect(texts).toMatch(/Approved by bob/);
      expect(harness.sim.state.vms().filter((vm) => vm.config.name === 'web-01')).toHaveLength(1);
    }, 60_000);

    it('tells a person who may not approve who can, privately, and changes nothing', async () => {
      harness = await makeHarness();
      const thread = await harness.start('alice', 'vm create web-02');
      await thread.waitForText(/Plan R-[0-9A-Z]{4}: create web-02/);

      await thread.press('mallory', 'Approve');

      const told = await thread.privateTo('mallory');
      expect(told.join('\n')).toMatch(/You cannot approve R-[0-9A-Z]{4}\./);
      expect(told.join('\n')).toMatch(/bob/);
      expect((await thread.texts()).join('\n')).not.toMatch(/Approved by/);
    }, 60_000);

    it('rejects with a reason and creates nothing', async () => {
      harness = await makeHarness();
      const thread = await harness.start('alice', 'vm create web-03');
      await thread.waitForText(/Plan R-[0-9A-Z]{4}: create web-03/);

      await thread.press('bob', 'Reject', 'not this sprint');

      await thread.waitForText(/Rejected by bob .*not this sprint/);
      expect(harness.sim.state.vms().filter((vm) => vm.config.name === 'web-03')).toHaveLength(0);
    }, 60_000);

    it('answers help and usage errors privately, with a suggestion', async () => {
      harness = await makeHarness();
      const thread = await harness.start('alice', 'vm create web-04 --memroy 4G');

      await thread.say('alice', 'help approve');

      const told = (await thread.privateTo('alice')).join('\n');
      expect(told).toMatch(/Did you mean --memory\?/);
      expect(told).toMatch(/approve/);
    }, 60_000);
  });
}
