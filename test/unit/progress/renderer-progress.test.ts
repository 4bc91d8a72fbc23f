import { describe, expect, it } from 'vitest';
import { createDelivery } from '../../../src/core/deliver.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { progressIn } from '../../../src/core/i18n/progress-catalogue.ts';
import { runLifecycle } from '../../../src/core/run-lifecycle.ts';
import { ThreadRenderer } from '../../../src/core/thread-renderer.ts';
import type { Language } from '../../../src/domain/language.ts';
import { progressLine } from '../../../src/domain/progress/progress-line.ts';
import { parseEvent } from '../../../src/iac/tf-events.ts';
import { progressOf } from '../../../src/iac/tf-progress.ts';
import { bob, coreWorld, thread } from '../../support/core-world.ts';
import { MemoryMessageRefs, RecordingChat } from '../../support/recording-chat.ts';

/** `vm stop web-01` asked by an approver in a thread that speaks `language`, then events published. */
async function stoppingThread(language: Language) {
  const world = coreWorld();
  const chat = new RecordingChat();
  const renderer = new ThreadRenderer({
    ...world.deps,
    deliver: createDelivery(chat, new MemoryMessageRefs()),
    ciUser: 'atlas',
    minUpdateIntervalMs: 0,
  });
  await world.deps.events.subscribe(renderer.onEvent);
  await world.deps.conversations.setLanguage(thread, language);
  world.deps.inventory.vmList.push({
    name: 'web-01',
    vmid: 100,
    node: 'pve1',
    status: 'running',
    tags: ['atlas'],
  });
  await handleMessage(world.deps, world.say(bob, 'vm stop web-01'));
  const id = world.deps.queue.jobs.at(-1)?.data.requestId ?? '';
  const lines = async () => {
    await renderer.idle();
    const last = chat.calls.filter((c) => c.view.kind === 'progress').at(-1);
    return last?.view.text?.split('\n') ?? [];
  };
  return { world, id, lines };
}

describe('progress lines in the thread', () => {
  it("tell the worker's own power line in the request's language", async () => {
    const italian = await stoppingThread('it');
    const english = await stoppingThread('en');

    await runLifecycle(italian.world.deps, italian.id);
    await runLifecycle(english.world.deps, english.id);

    expect(await italian.lines()).toEqual(['spegni web-01', 'spengo web-01 su pve1']);
    expect(await english.lines()).toEqual(['stop web-01', 'stop web-01 on pve1']);
  });

  it('show a line whose said names an unknown entry, and raw tool output, as they came', async () => {
    const { world, id, lines } = await stoppingThread('it');
    await runLifecycle(world.deps, id);
    const request = await world.deps.requests.get(id);
    const publish = (n: number, line: object) =>
      world.deps.events.publish({
        id: `p${n}`,
        requestId: id,
        thread: request!.thread,
        at: '',
        type: 'progress',
        message: 'unused',
        ...line,
      });

    await publish(1, { message: 'reticulating web-01', said: { key: 'reticulating', args: ['web-01'] } });
    await publish(2, { message: 'web-01: nginx : Install nginx · changed' });
    await publish(3, progressLine('destroyed', 'web-01'));

    expect((await lines()).slice(-3)).toEqual([
      'reticulating web-01',
      'web-01: nginx : Install nginx · changed',
      'web-01 è stata eliminata',
    ]);
  });
});

describe("Terraform's progress lines", () => {
  const ADDR = 'proxmox_virtual_environment_vm.vm_web_01';
  const hook = (type: string, action: string, elapsed?: number) =>
    JSON.stringify({
      hook: {
        resource: { addr: ADDR, module: '', resource: ADDR, resource_type: 'proxmox_virtual_environment_vm' },
        action,
        ...(elapsed === undefined ? {} : { elapsed_seconds: elapsed }),
      },
      type,
    });
  const line = (text: string, language: Language) => {
    const event = parseEvent(text);
    const progress =
      event &&
      progressOf(
        event,
        () => 'web-01',
        (s) => s,
      );
    return progress && progressIn(progress, language);
  };

  it("are Italian where the words are ATLAS's, English as before otherwise", () => {
    const lines = [
      hook('apply_start', 'create'),
      hook('apply_progress', 'create', 30),
      hook('apply_complete', 'delete', 42),
      hook('apply_errored', 'update', 3),
    ];

    expect(lines.map((l) => line(l, 'it'))).toEqual([
      'terraform: creo web-01',
      'terraform: sto ancora creando web-01 da 30s',
      'terraform: ho eliminato web-01 in 42s',
      'terraform: non sono riuscito ad aggiornare web-01 dopo 3s',
    ]);
    expect(lines.map((l) => line(l, 'en'))).toEqual([
      'terraform: creating web-01',
      'terraform: still creating web-01 after 30s',
      'terraform: destroyed web-01 in 42s',
      'terraform: updating web-01 failed after 3s',
    ]);
  });

  it("leave Terraform's own diagnostics as Terraform wrote them", () => {
    const diagnostic = JSON.stringify({
      diagnostic: { severity: 'error', summary: 'storage local-lvm is full', address: ADDR },
      type: 'diagnostic',
    });

    expect(line(diagnostic, 'it')).toBe('Terraform error: storage local-lvm is full');
  });
});
