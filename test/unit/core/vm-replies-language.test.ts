import { describe, expect, it } from 'vitest';
import { listTemplates, listVms, vmStatus } from '../../../src/core/query-vms.ts';
import { requestCreate, requestDestroy, requestPower } from '../../../src/core/request-vm.ts';
import { errorView } from '../../../src/core/views/notices.ts';
import { AtlasError } from '../../../src/domain/errors.ts';
import type { Language } from '../../../src/domain/language.ts';
import { alice, bob, coreWorld, mallory, thread } from '../../support/core-world.ts';

function world() {
  const w = coreWorld();
  w.deps.inventory.vmList = [
    { name: 'web-01', vmid: 101, node: 'pve1', status: 'running', tags: ['atlas', 'atlas-r-abcd'], cores: 2 },
    { name: 'legacy', vmid: 102, node: 'pve2', status: 'stopped', tags: [] },
  ];
  return w;
}

const asker = (language: Language) => ({ thread, user: alice, language });

/** The error a use case throws, as the person sees it in `language`. */
async function refusal(attempt: Promise<unknown>, language: Language) {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) throw new Error('expected a refusal');
  return errorView(error, language);
}

describe('tables', () => {
  it('lists VMs with Italian headers and title', async () => {
    const w = world();

    const [it, en] = await Promise.all([
      listVms(w.deps, alice, false, 'it'),
      listVms(w.deps, alice, false, 'en'),
    ]);

    expect(it).toMatchObject({
      title: '1 VM',
      table: { columns: ['nome', 'stato', 'nodo', 'vmid', 'core', 'memoria'] },
    });
    expect(en).toMatchObject({
      title: '1 VM(s)',
      table: { columns: ['name', 'status', 'node', 'vmid', 'cores', 'memory'] },
    });
  });

  it('says in Italian that you have no VMs yet', async () => {
    const w = world();

    const view = await listVms(w.deps, alice, true, 'it');

    expect(view).toMatchObject({
      title: 'Non hai ancora VM create da ATLAS.',
      text: 'Creane una: /atlas vm create web-01',
    });
  });

  it('labels the status of a VM in Italian', async () => {
    const w = world();

    const view = await vmStatus(w.deps, 'web-01', 'it');

    expect(view.fields?.map((f) => f.label)).toEqual(['Stato', 'Nodo', 'VMID', 'Core', 'Tag']);
  });

  it('lists templates in Italian, and in English as before', async () => {
    const w = world();

    const [it, en] = await Promise.all([listTemplates(w.deps, 'it'), listTemplates(w.deps, 'en')]);

    expect(it).toMatchObject({
      title: '2 template',
      table: { columns: ['nome', 'nodo', 'vmid'] },
      text: 'Predefinito: ubuntu-24.04. Per usarne un altro: --template NAME.',
    });
    expect(en).toMatchObject({
      title: '2 template(s)',
      text: 'Default: ubuntu-24.04. Use one with --template NAME.',
    });
  });
});

describe('refusals about VMs', () => {
  it('does not find a VM, in Italian, with the nearest names', async () => {
    const view = await refusal(vmStatus(world().deps, 'web-1', 'it'), 'it');

    expect(view).toMatchObject({
      title: "Non c'è nessuna VM chiamata web-1.",
      text: 'Forse intendevi web-01? /atlas vm list le mostra tutte.',
    });
  });

  it('will not destroy a VM ATLAS did not create, in either language', async () => {
    const w = world();

    const [it, en] = await Promise.all([
      refusal(requestDestroy(w.deps, asker('it'), 'legacy'), 'it'),
      refusal(requestDestroy(w.deps, asker('en'), 'legacy'), 'en'),
    ]);

    expect(it.title).toBe('legacy (vmid 102) non è stata creata da ATLAS, quindi ATLAS non può eliminarla.');
    expect(en.title).toBe('legacy (vmid 102) was not created by ATLAS, so ATLAS will not destroy it.');
  });

  it('tells someone who may not stop a VM who can, in Italian', async () => {
    const view = await refusal(
      requestPower(world().deps, { ...asker('it'), user: mallory }, 'web-01', 'stop'),
      'it',
    );

    expect(view).toMatchObject({
      title: 'Non puoi fermare web-01.',
      text: "Possono farlo chi l'ha chiesta e chi approva (bob, carol).",
    });
  });

  it('acknowledges a power request in Italian', async () => {
    const w = world();

    const [view] = await requestPower(w.deps, { ...asker('it'), user: bob }, 'web-01', 'reboot');

    expect(view?.title).toMatch(/^R-[0-9A-Z]{4}: riavvio di web-01$/);
    expect(view?.text).toBe('Ricevuto, ci sto lavorando.');
  });
});

describe('validation findings', () => {
  const vm = (name: string, memoryMiB = 2048) => ({
    name,
    cores: 2,
    memoryMiB,
    diskGiB: 20,
    template: 'ubuntu-24.04',
    sshKeys: [],
    tags: [],
  });

  it('tells the first finding in full and lists the rest, in Italian', async () => {
    const w = world();
    const vms = [vm('web-01'), { ...vm('api-01'), template: 'ubuntu-2404' }];

    const view = await refusal(requestCreate(w.deps, asker('it'), vms), 'it');

    expect(view.title).toBe('Non esiste il template "ubuntu-2404".');
    expect(view.text).toBe(
      [
        'Template disponibili: ubuntu-24.04, debian-12. Per esempio: --template ubuntu-24.04',
        '- web-01 esiste già (VM 101 su pve1). Scegli un altro nome, per esempio web-02.',
      ].join('\n'),
    );
  });

  it('keeps the English of the same findings as before', async () => {
    const w = world();
    const vms = [vm('web-01'), { ...vm('api-01'), template: 'ubuntu-2404' }];

    const view = await refusal(requestCreate(w.deps, asker('en'), vms), 'en');

    expect(view.title).toBe('There is no template "ubuntu-2404".');
    expect(view.text).toBe(
      [
        'Available templates: ubuntu-24.04, debian-12. For example: --template ubuntu-24.04',
        '- web-01 already exists (VM 101 on pve1). Pick another name, e.g. web-02.',
      ].join('\n'),
    );
  });

  it('words limits and memory in Italian', async () => {
    const w = world();
    const vms = [vm('a', 128 * 1024), vm('b', 128 * 1024)];

    const view = await refusal(requestCreate(w.deps, asker('it'), vms), 'it');

    expect(view.title).toBe(
      'a e b chiedono 128 GiB di memoria ciascuna, oltre il limite di 64 GiB di memoria per VM (ATLAS_MAX_MEMORY).',
    );
    expect(view.text).toContain(
      'Chiedi al massimo 64 GiB di memoria per VM, oppure chiedi a un operatore di alzare ATLAS_MAX_MEMORY.',
    );
    expect(view.text).toContain('- Nessun nodo ha abbastanza memoria libera per a e b (128 GiB ciascuna).');
  });

  it('says in Italian that Proxmox is not answering and keeps the request', async () => {
    const w = world();
    w.deps.inventory.templates = async () => {
      throw new AtlasError('transient', 'Proxmox did not answer in 10s.');
    };

    const views = await requestCreate(w.deps, asker('it'), [vm('app-01')]);

    expect(views.map((v) => v.title)).toEqual([
      expect.stringMatching(/creazione di app-01$/),
      'Proxmox non risponde in questo momento.',
    ]);
  });
});
