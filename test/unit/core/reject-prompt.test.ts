import { describe, expect, it } from 'vitest';
import { rejectPrompt } from '../../../src/core/reject-prompt.ts';
import { alice, coreWorld, thread } from '../../support/core-world.ts';

describe('rejectPrompt', () => {
  it('asks for the reason in the language of the request the button rejects', async () => {
    const world = coreWorld();
    const request = await world.deps.requests.create({
      operation: { kind: 'destroy', vm: { name: 'web-01', vmid: 101, node: 'pve1' } },
      requester: alice,
      thread,
      language: 'it',
    });

    const italian = await rejectPrompt(world.deps, `reject:${request.id}:0123456789ab`);
    const unknown = await rejectPrompt(world.deps, 'reject:R-ZZZZ:0123456789ab');

    expect(italian.requestId).toBe(request.id);
    expect(italian.words.title(request.id)).toBe(`Rifiuta ${request.id}`);
    expect(unknown.words.title('R-ZZZZ')).toBe('Reject R-ZZZZ');
  });

  it('uses the configured language when the button names no request it knows', async () => {
    const world = coreWorld();

    const prompt = await rejectPrompt({ ...world.deps, language: 'it' }, 'not a button');

    expect(prompt.requestId).toBeUndefined();
    expect(prompt.words.submit).toBe('Rifiuta');
  });
});
