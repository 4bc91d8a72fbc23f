import { describe, expect, it } from 'vitest';
import { ERROR_TEXTS } from '../../../src/core/i18n/catalogue.ts';
import { coreErrorsEn } from '../../../src/core/i18n/core-errors-en.ts';
import { ErrorList } from '../../../src/core/i18n/error-list.ts';
import { errorIn, errorMaker, listArg, listOf } from '../../../src/core/i18n/error-texts.ts';
import { errorView } from '../../../src/core/views/notices.ts';
import { AtlasError } from '../../../src/domain/errors.ts';

const fail = errorMaker(coreErrorsEn);

describe('errorView', () => {
  it('tells a catalogue error in Italian, and in English as it was made', () => {
    const error = fail('invalid_state', 'nothingToDecide', 'R-7F3K', 'awaiting_approval', 'reject');

    expect(errorView(error, 'it').title).toBe(
      "R-7F3K è in attesa di approvazione: non c'è nulla da rifiutare.",
    );
    expect(errorView(error, 'en').title).toBe('R-7F3K is awaiting approval; there is nothing to reject.');
    expect(errorView(error).title).toBe(error.message);
  });

  it('puts an Italian headline over an error that has only English words, and keeps them', () => {
    const error = new AtlasError('transient', 'Redis did not answer within 2s.', {
      hint: 'ATLAS retries on its own.',
    });

    const view = errorView(error, 'it');

    expect(view).toMatchObject({
      kind: 'error',
      tone: 'danger',
      title: 'Un servizio da cui ATLAS dipende non risponde in questo momento.',
      text: 'Redis did not answer within 2s.\nATLAS retries on its own.',
      visibility: 'thread',
    });
  });

  it('shows an error that has only English words as before in English', () => {
    const error = new AtlasError('proxmox', 'Proxmox said: storage local-lvm is full.');

    expect(errorView(error, 'en')).toEqual({
      kind: 'error',
      tone: 'danger',
      title: 'Proxmox said: storage local-lvm is full.',
      visibility: 'thread',
    });
  });

  it('says that something went wrong inside ATLAS in the language', () => {
    expect(errorView(new Error('boom'), 'it')).toMatchObject({
      title: 'Qualcosa è andato storto dentro ATLAS.',
      text: expect.stringContaining('log di ATLAS'),
    });
    expect(errorView(new Error('boom')).title).toBe('Something went wrong inside ATLAS.');
  });

  it('keeps private refusals private in every language', () => {
    const error = fail('forbidden', 'cannotDecide', 'approve', 'R-7F3K', listArg(['console:bob']));

    expect(errorView(error, 'it')).toMatchObject({
      title: 'Non puoi approvare R-7F3K.',
      visibility: 'ephemeral',
    });
  });
});

describe('ErrorList', () => {
  const first = fail('not_found', 'noSuchNode', 'pve9', listArg(['pve1', 'pve2']));
  const more = [fail('invalid_state', 'noNodeOnline'), fail('usage', 'nameRepeated', 'web-01', '')];

  it('reads in English exactly as one error with the others listed under its hint', () => {
    const error = new ErrorList(first, more);

    expect(error).toMatchObject({ code: 'not_found', message: 'There is no node "pve9".' });
    expect(error.hint).toBe(
      [
        'Online nodes: pve1, pve2. Or leave out --node and ATLAS picks one.',
        '- No Proxmox node is online, so there is nowhere to put the VMs. No node is online right now; ask an operator to check the cluster.',
        '- web-01 appears more than once in this request. Give each VM its own name.',
      ].join('\n'),
    );
  });

  it('is told item by item in Italian', () => {
    const told = errorIn(new ErrorList(first, more), ERROR_TEXTS, 'it');

    expect(told.message).toBe('Non esiste il nodo "pve9".');
    expect(told.hint?.split('\n')).toEqual([
      'Nodi online: pve1, pve2. Oppure togli --node e ATLAS ne sceglie uno.',
      "- Nessun nodo Proxmox è online, quindi non c'è dove mettere le VM. Nessun nodo è online in questo momento; chiedi a un operatore di controllare il cluster.",
      '- web-01 compare più di una volta in questa richiesta. Dai a ogni VM un nome diverso.',
    ]);
  });
});

describe('listArg', () => {
  it('packs a list into one argument and back', () => {
    expect(listOf(listArg(['web-01', 'web-02']))).toEqual(['web-01', 'web-02']);
    expect(listOf(listArg([]))).toEqual([]);
  });
});
