import { describe, expect, it } from 'vitest';
import { viewMessages } from '../../../src/core/i18n/views-catalogue.ts';
import { failureView, progressView, resultView } from '../../../src/core/views/outcome.ts';
import { planCard } from '../../../src/core/views/plan-card.ts';
import type { AuditEntry } from '../../../src/domain/audit.ts';
import type { Language } from '../../../src/domain/language.ts';
import type { ThreadView } from '../../../src/domain/thread-view.ts';
import { AT, audit, plan, request } from '../slack/view-fixtures.ts';

/** Every key of a catalogue, nested records included (`power.start`). */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? keys(entry, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const ALL_ACTIONS = keys(viewMessages('en').auditActions);

/** Every thread view, for one language, with an audit trail that names every action. */
function everyView(language: Language): ThreadView[] {
  const trail: AuditEntry[] = ALL_ACTIONS.map((action, i) => ({
    id: i,
    at: AT,
    actor: 'atlas',
    action,
    requestId: 'R-7F3K',
  }));
  const vm = { name: 'web-01', vmid: 101, node: 'pve1' };
  const r = (patch: Parameters<typeof request>[1]) => request(1, { language, ...patch });
  const failed = r({ state: 'failed', reason: 'x', planHash: 'ab'.repeat(32), result: [vm] });
  const offered: AuditEntry = {
    id: 99,
    at: AT,
    actor: 'atlas',
    action: 'rollback.offered',
    requestId: 'R-7F3K',
  };
  return [
    planCard(r({}), plan(2), audit, 'bob'),
    planCard(r({}), plan(1), audit, 'bob', { outcome: 'approved', by: 'bob', at: AT }),
    planCard(r({}), plan(1), audit, 'bob', { outcome: 'rejected', by: 'bob', at: AT, reason: 'x' }),
    progressView(r({ state: 'applying' }), [viewMessages(language).applying], 1000, false),
    resultView(r({ state: 'succeeded', result: [vm] }), audit, 'atlas'),
    failureView(r({ state: 'failed', result: [vm] }), audit),
    failureView(failed, [offered]),
    failureView(r({ state: 'rolled_back' }), []),
    ...ALL_ACTIONS.map((_, i) => failureView(r({ state: 'rolled_back' }), trail.slice(i, i + 1))),
  ];
}

/** The words people read, without the commands they may type. */
function words(view: ThreadView): string {
  const parts = [
    view.title,
    view.text,
    view.code,
    ...(view.fields ?? []).flatMap((f) => [f.label, f.value]),
    ...(view.context ?? []),
    ...(view.buttons ?? []).map((b) => b.label),
  ];
  return parts.join('\n').replaceAll(/\/atlas [^\n;.]*/g, '');
}

/** English words of the views; approve and reject count only as button names (typed commands stay). */
const ENGLISH = [
  /\b(Approve|Reject)\b/,
  /\b(requested by|engine|waiting|failed|done|took|roll(ed)? back|fix|pressed|typed|asked|memory|disk|cores|from|with|running|kept|whatever|approval|plan|applying)\b/i,
];
const english = (text: string) => ENGLISH.some((pattern) => pattern.test(text));

describe('view catalogues', () => {
  it('have the same keys in English and Italian', () => {
    expect(keys(viewMessages('it'))).toEqual(keys(viewMessages('en')));
  });

  it('let no English word into an Italian view', () => {
    const leaks = everyView('it').map(words).filter(english);

    expect(leaks).toEqual([]);
  });

  it('would notice English: every English view has such a word', () => {
    const silent = everyView('en')
      .map(words)
      .filter((text) => !english(text));

    expect(silent).toEqual([]);
  });

  it('say every view differently in the two languages', () => {
    const inEnglish = everyView('en').map(words);
    const inItalian = everyView('it').map(words);

    inItalian.forEach((text, i) => {
      expect(text).not.toBe(inEnglish[i]);
    });
  });
});
