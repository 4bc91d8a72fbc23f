import { describe, expect, it } from 'vitest';
import { localeLanguage, messageLanguage } from '../../../src/core/thread-language.ts';
import { alice, coreWorld, thread } from '../../support/core-world.ts';

describe('localeLanguage', () => {
  it('reads the languages ATLAS speaks from client locales and ignores the others', () => {
    expect(localeLanguage('it')).toBe('it');
    expect(localeLanguage('en-US')).toBe('en');
    expect(localeLanguage('it_IT')).toBe('it');
    expect(localeLanguage('de')).toBeUndefined();
    expect(localeLanguage(undefined)).toBeUndefined();
  });
});

describe('messageLanguage', () => {
  it('takes free text at its word and makes the thread remember it', async () => {
    const world = coreWorld();

    const language = await messageLanguage(world.deps, world.say(alice, 'crea una vm con 4 core'), true);

    expect(language).toBe('it');
    expect((await world.deps.conversations.get(thread))?.language).toBe('it');
  });

  it('answers a typed command in the language the thread already speaks', async () => {
    const world = coreWorld();
    await world.deps.conversations.setLanguage(thread, 'it');

    const language = await messageLanguage(world.deps, world.say(alice, '/atlas vm list'), false);

    expect(language).toBe('it');
  });

  it('falls back to the client locale, then to the configured default, for a typed command', async () => {
    const world = coreWorld();
    const typed = world.say(alice, '/atlas vm list');

    expect(await messageLanguage(world.deps, { ...typed, locale: 'it' }, false)).toBe('it');
    expect(await messageLanguage(world.deps, typed, false)).toBe('en');
    expect(await messageLanguage({ ...world.deps, language: 'it' }, typed, false)).toBe('it');
    expect((await world.deps.conversations.get(thread))?.language).toBeUndefined();
  });

  it('keeps the thread language for free text that gives no sign of its own', async () => {
    const world = coreWorld();
    await world.deps.conversations.setLanguage(thread, 'it');

    expect(await messageLanguage(world.deps, world.say(alice, 'web-01 ok'), true)).toBe('it');
  });
});
