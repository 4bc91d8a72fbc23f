import { describe, expect, it } from 'vitest';
import { PROGRESS_TEXTS, progressIn } from '../../../src/core/i18n/progress-catalogue.ts';
import { progressEvent } from '../../../src/core/i18n/progress-event.ts';
import { progressIt } from '../../../src/core/i18n/progress-it.ts';
import { AtlasEvent } from '../../../src/domain/events.ts';
import { type ProgressEn, progressEn } from '../../../src/domain/progress/progress-en.ts';
import { progressLine } from '../../../src/domain/progress/progress-line.ts';

/** One set of values per entry: a new entry without one here does not compile. */
const SAMPLES: { [K in keyof ProgressEn]: Parameters<ProgressEn[K]> } = {
  alreadyExists: ['web-01', 100, 'pve1'],
  cloning: ['web-01', 'debian-12', 'pve1', 100],
  templateLocked: ['debian-12', '12 s', 1, 4],
  moving: ['web-01', 'pve1', 'pve2', 'local-lvm'],
  configuring: ['web-01', 'ipconfig0, tags'],
  configuringSize: ['web-01', 2, 2048, 'tags'],
  growingDisk: ['scsi0', 'web-01', 20],
  starting: ['web-01', 'pve1'],
  waitingForIp: ['web-01'],
  noIp: ['web-01', '4 min', 'debian-12'],
  running: ['web-01', 'pve1'],
  runningAt: ['web-01', 'pve1', '10.0.0.5'],
  alreadyGone: ['web-01', 100],
  stopping: ['web-01', 'pve1'],
  destroying: ['web-01', 100, 'pve1'],
  destroyed: ['web-01'],
  power: ['reboot', 'web-01', 'pve1'],
  queued: ['R-1', 2, 'node', 'pve1'],
  queuedBehindItself: ['R-1', 1, 'workspace', 'r-1'],
  myTurn: [],
  resuming: [],
  tfDoing: ['create', 'web-01'],
  tfStill: ['delete', 'web-01', 30],
  tfDone: ['update', 'web-01', 42],
  tfFailed: ['replace', 'web-01', ''],
  configuringRoles: ['web-01', 'nginx, postgres'],
  planChange: ['+', 'create', 'terraform_data.x'],
  planChangeVmid: ['-/+', 'delete/create', 'web-01', 101],
  planChangeAt: ['+', 'create', 'web-01', 101, 'pve3'],
  planTotals: [1, 0, 0],
  planNoChanges: [],
};

const KEYS = Object.keys(SAMPLES) as (keyof ProgressEn)[];
const english = (key: keyof ProgressEn) => (progressEn[key] as (...a: unknown[]) => string)(...SAMPLES[key]);

describe('the progress catalogues', () => {
  it('have the same entries, taking the same arguments, in English and Italian', () => {
    expect(Object.keys(progressIt).sort()).toEqual(Object.keys(progressEn).sort());
    expect(Object.keys(PROGRESS_TEXTS.it).sort()).toEqual(Object.keys(PROGRESS_TEXTS.en).sort());
    for (const key of KEYS) expect([key, progressIt[key].length]).toEqual([key, progressEn[key].length]);
  });

  it('say every entry in Italian for an Italian request, and in the English of `message` otherwise', () => {
    for (const key of KEYS) {
      const line = (progressLine as (k: string, ...a: unknown[]) => ReturnType<typeof progressLine>)(
        key,
        ...SAMPLES[key],
      );

      expect(line.message).toBe(english(key));
      expect(progressIn(line, 'en')).toBe(line.message);
      expect(progressIn(line, 'it')).toBe((progressIt[key] as (...a: unknown[]) => string)(...SAMPLES[key]));
      expect([key, progressIn(line, 'it')]).not.toEqual([key, line.message]);
    }
  });

  it('tells some lines as an Italian sysadmin would', () => {
    const it = (line: ReturnType<typeof progressLine>) => progressIn(line, 'it');

    expect(it(progressLine('cloning', 'web-01', 'debian-12', 'pve1', 100))).toBe(
      'clono web-01 da debian-12 su pve1 (vmid 100)',
    );
    expect(it(progressLine('growingDisk', 'scsi0', 'web-01', 20))).toBe(
      'ingrandisco il disco scsi0 di web-01 a 20 GiB',
    );
    expect(it(progressLine('runningAt', 'web-01', 'pve1', '10.0.0.5'))).toBe(
      "web-01 è in esecuzione su pve1 all'indirizzo 10.0.0.5",
    );
    expect(it(progressLine('stopping', 'web-01', 'pve1'))).toBe('spengo web-01 su pve1');
    expect(it(progressLine('destroyed', 'web-01'))).toBe('web-01 è stata eliminata');
    expect(it(progressLine('power', 'start', 'web-01', 'pve1'))).toBe('avvio web-01 su pve1');
    expect(it(progressLine('configuringRoles', 'web-01', 'nginx'))).toBe('configuro web-01 con nginx');
    expect(it(progressLine('tfStill', 'create', 'web-01', 30))).toBe(
      'terraform: sto ancora creando web-01 da 30s',
    );
    expect(it(progressLine('tfDone', 'create', 'web-01', ''))).toBe('terraform: ho creato web-01');
  });

  it('fall back to the English message for an unknown entry, missing arguments, or no entry at all', () => {
    const message = 'cloning web-01 from debian-12 on pve1 (vmid 100)';

    expect(progressIn({ message, said: { key: 'noSuchLine', args: ['web-01'] } }, 'it')).toBe(message);
    expect(progressIn({ message, said: { key: 'toString', args: [] } }, 'it')).toBe(message);
    expect(progressIn({ message, said: { key: 'cloning', args: ['web-01'] } }, 'it')).toBe(message);
    expect(progressIn({ message: 'web-01: nginx : Install nginx · changed' }, 'it')).toBe(
      'web-01: nginx : Install nginx · changed',
    );
  });
});

describe('progressEvent', () => {
  it('carries the said through the event schema', () => {
    const event = progressEvent({ ...progressLine('starting', 'web-01', 'pve1'), vm: 'web-01' });
    const parsed = AtlasEvent.parse({
      id: 'e1',
      requestId: 'R-7F3K',
      thread: { platform: 'console', channel: 'local', thread: 'main' },
      at: '2025-03-04T14:00:00.000Z',
      ...event,
    });

    expect(parsed).toMatchObject({
      type: 'progress',
      message: 'starting web-01 on pve1',
      vm: 'web-01',
      said: { key: 'starting', args: ['web-01', 'pve1'] },
    });
  });

  it('leaves out a said beyond the bounds of the event, keeping the English line', () => {
    const huge = progressLine('configuringRoles', 'web-01', 'r'.repeat(5000));

    expect(progressEvent(huge)).toEqual({ type: 'progress', message: huge.message });
  });
});
