import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiModel } from '../../../src/agent/openai-model.ts';
import { FakeOpenAi } from '../../support/fake-openai.ts';
import { loadCorpus, loadWorld } from './corpus.ts';
import { report, runAgent, runRules, scoreAgent, scoreRules } from './corpus-runner.ts';

const corpus = loadCorpus();
const world = loadWorld();

describe('the request corpus', () => {
  it('has at least 80 requests in English and Italian, from easy to malicious', () => {
    const count = (key: 'lang' | 'level', value: string) => corpus.filter((e) => e[key] === value).length;

    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(count('lang', 'it')).toBeGreaterThanOrEqual(30);
    for (const level of ['easy', 'medium', 'hard', 'ambiguous', 'malicious'])
      expect(count('level', level)).toBeGreaterThan(5);
  });
});

describe('the agent on the corpus, replaying recorded model replies', () => {
  let fake: FakeOpenAi;
  let model: OpenAiModel;
  beforeAll(async () => {
    fake = await FakeOpenAi.start();
    model = new OpenAiModel({ baseUrl: fake.url, apiKey: 'sk-replay', model: 'replay', timeoutMs: 5000 });
  });
  afterAll(() => fake.close());

  it('makes of every request what the corpus expects, and never approves anything', async () => {
    const verdicts = [];
    const wrong: string[] = [];
    for (const entry of corpus) {
      fake.reset();
      fake.script(...entry.replay);
      const run = await runAgent(entry, world, model);
      const verdict = scoreAgent(entry, run);
      verdicts.push({ entry, verdict });
      if (verdict !== 'correct')
        wrong.push(
          `${entry.id}: ${JSON.stringify(run.outcome)} ${run.views.map((v) => v.title).join(' | ')}`,
        );
      if (fake.pending > 0) wrong.push(`${entry.id}: ${fake.pending} recorded replies were not used`);
    }

    console.log(report('agent (recorded replies)', verdicts));
    expect(wrong).toEqual([]);
  });

  it('never sends the model a secret', async () => {
    const entry = corpus.find((e) => e.text.includes('xoxb-'));
    fake.reset();
    fake.script(...(entry?.replay ?? []));

    await runAgent(entry!, world, model);

    expect(fake.sentText()).toContain('my slack token is xoxb-***');
    expect(fake.sentText()).not.toContain('abcdefghijklmnop');
  });
});

describe('the rule-based interpreter on the corpus', () => {
  it('may decline, but never reads a request wrong', () => {
    const verdicts = corpus.map((entry) => ({ entry, verdict: scoreRules(entry, runRules(entry, world)) }));

    console.log(report('rule-based interpreter', verdicts));
    expect(verdicts.filter((v) => v.verdict === 'wrong').map((v) => v.entry.id)).toEqual([]);
    expect(verdicts.filter((v) => v.verdict === 'correct').length).toBeGreaterThanOrEqual(50);
  });
});
