import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineWorld } from '../../support/pipeline-world.ts';

let world: PipelineWorld;
beforeAll(async () => {
  world = await PipelineWorld.start({ worker: false });
});
afterAll(async () => world?.close());

// Each case: what a person typed, what ATLAS must say (title), and the hint it must give.
const CASES: [string, RegExp, RegExp][] = [
  ['vm create web-01 --memroy 4G', /--memroy/, /--memory/],
  ['vm crate web-01', /crate/, /vm create/],
  ['vn list', /vn/, /vm/],
  ['vm create', /name/i, /vm create web-01/],
  ['vm create Web_01', /Web_01/, /web-01/],
  ['vm create web-01 --cores 64', /64/, /16/],
  ['vm create web-01 --memory lots', /lots/, /4G/],
  ['vm create web-01 --count 99', /99/, /10/],
  ['vm create web-01 --cores', /--cores/, /--cores 4/],
  ['vm create web-01 --template centos-7', /centos-7/, /ubuntu-24\.04.*debian-12|debian-12.*ubuntu-24\.04/],
  ['vm create web-01 --node pve9', /pve9/, /pve1/],
  ['vm create web-01 --disk 5T', /5/, /500/],
  ['approve R-ZZZZ', /R-ZZZZ/, /R-/],
  ['vm status nothing-here', /nothing-here/, /vm list/],
];

describe('bad input gets a precise message and a suggestion, never a stack trace', () => {
  it.each(CASES)('%s', async (text, title, hint) => {
    const [reply] = await world.say('alice', text);

    expect(reply?.kind).toBe('error');
    expect(reply?.title).toMatch(title);
    expect(`${reply?.text ?? ''}`).toMatch(hint);
    expect(JSON.stringify(reply)).not.toMatch(/\bat .*\.ts:\d+|Error:/);
  });

  it('creates no request for any of them', async () => {
    expect(await world.runtime.deps.requests.listByThread(world.thread)).toEqual([]);
  });
});
