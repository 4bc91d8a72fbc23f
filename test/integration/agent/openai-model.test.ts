import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src/agent/circuit-breaker.ts';
import { OpenAiModel } from '../../../src/agent/openai-model.ts';
import type { AtlasError } from '../../../src/domain/errors.ts';
import type { ModelRequest } from '../../../src/ports/agent-model.ts';
import { FakeOpenAi } from '../../support/fake-openai.ts';

const request: ModelRequest = {
  messages: [
    { role: 'system', content: 'You plan VMs.' },
    { role: 'user', content: 'a vm called web-01' },
  ],
  tools: [{ name: 'ask_user', description: 'Ask.', parameters: { type: 'object', properties: {} } }],
};

describe('OpenAiModel against an OpenAI-compatible endpoint', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await FakeOpenAi.start();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  const model = (options: { timeoutMs?: number; breaker?: CircuitBreaker } = {}) =>
    new OpenAiModel({
      baseUrl: fake.url,
      apiKey: 'sk-test',
      model: 'gpt-test',
      timeoutMs: options.timeoutMs ?? 5000,
      backoff: { baseMs: 5, maxMs: 2000 },
      ...(options.breaker ? { breaker: options.breaker } : {}),
    });

  it('sends the messages and tools, and reads tool calls, usage and the model back', async () => {
    fake.script({ toolCalls: [{ name: 'ask_user', arguments: { question: 'How many?' }, id: 'call_1' }] });

    const turn = await model().complete(request);

    expect(turn).toMatchObject({
      toolCalls: [{ id: 'call_1', name: 'ask_user', arguments: '{"question":"How many?"}' }],
      model: 'gpt-test',
      usage: { promptTokens: expect.any(Number), completionTokens: expect.any(Number) },
    });
    expect(turn.latencyMs).toBeGreaterThanOrEqual(0);
    expect(fake.requests[0]).toMatchObject({
      model: 'gpt-test',
      messages: [{ role: 'system' }, { role: 'user', content: 'a vm called web-01' }],
      tools: [{ function: { name: 'ask_user' } }],
    });
  });

  it('backs off on 429 and 5xx, honouring Retry-After', async () => {
    fake.script({ status: 429, retryAfterSeconds: 1 }, { status: 503 }, { content: 'hello' });
    const started = Date.now();

    const turn = await model().complete(request);

    expect(turn.content).toBe('hello');
    expect(fake.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up after its attempts with an error a person can read', async () => {
    fake.script({ status: 500 }, { status: 500 }, { status: 500 });

    const failure = await model()
      .complete(request)
      .catch((error: AtlasError) => error);

    expect(failure).toMatchObject({
      code: 'transient',
      message: 'The language model endpoint failed (HTTP 500).',
    });
  });

  it('times out a slow answer', async () => {
    fake.script({ delayMs: 1000, reply: { content: 'too late' } });

    const failure = await model({ timeoutMs: 200 })
      .complete(request)
      .catch((error: AtlasError) => error);

    expect(failure).toMatchObject({
      code: 'transient',
      message: 'The language model did not answer within 0.2 s.',
    });
  });

  it('reports a refused key as configuration, without retrying', async () => {
    fake.script({ status: 401 }, { content: 'never reached' });

    const failure = await model()
      .complete(request)
      .catch((error: AtlasError) => error);

    expect(failure).toMatchObject({ code: 'config', hint: 'Check OPENAI_API_KEY.' });
    expect(fake.requests).toHaveLength(1);
  });

  it('treats a body that is not a chat completion as a failure', async () => {
    fake.script({ raw: '<html>proxy error</html>' }, { raw: '{}' }, { raw: 'nope' });

    const failure = await model()
      .complete(request)
      .catch((error: AtlasError) => error);

    expect(failure).toMatchObject({ code: 'transient' });
  });

  it('stops calling an endpoint that keeps failing', async () => {
    const breaker = new CircuitBreaker({ threshold: 1, cooldownMs: 60_000 });
    fake.script({ status: 500 }, { status: 500 }, { status: 500 });
    await model({ breaker })
      .complete(request)
      .catch(() => undefined);

    const failure = await model({ breaker })
      .complete(request)
      .catch((error: AtlasError) => error);

    expect(failure).toMatchObject({
      code: 'transient',
      message: expect.stringMatching(/failed 1 times in a row/),
    });
    expect(fake.requests).toHaveLength(3);
  });
});
