// `npm run eval [-- --replay] [-- --json]`: scores free text on the request corpus
// (test/fixtures/requests). The agent runs against the configured model endpoint (OPENAI_BASE_URL,
// OPENAI_API_KEY, ATLAS_LLM_MODEL) when there is one, or against the recorded replies with --replay;
// the rule-based interpreter is always scored. Prints accuracy per level, or one JSON object.
import { agentModelFromConfig } from '../src/agent/index.ts';
import { OpenAiModel } from '../src/agent/openai-model.ts';
import { loadConfig } from '../src/config/index.ts';
import type { AgentModel } from '../src/ports/agent-model.ts';
import { type CorpusEntry, loadCorpus, loadWorld } from '../test/integration/agent/corpus.ts';
import {
  report,
  runAgent,
  runRules,
  scoreAgent,
  scoreRules,
  type Verdict,
} from '../test/integration/agent/corpus-runner.ts';
import { FakeOpenAi } from '../test/support/fake-openai.ts';

const json = process.argv.includes('--json');
const replay = process.argv.includes('--replay');
const note = (text: string) => process.stderr.write(`eval: ${text}\n`);

type Scored = { entry: CorpusEntry; verdict: Verdict; detail?: string };

async function scoreAgentOn(corpus: CorpusEntry[], model: AgentModel, fake?: FakeOpenAi): Promise<Scored[]> {
  const world = loadWorld();
  const scored: Scored[] = [];
  for (const entry of corpus) {
    fake?.reset();
    fake?.script(...entry.replay);
    try {
      const run = await runAgent(entry, world, model);
      const verdict = scoreAgent(entry, run);
      scored.push({
        entry,
        verdict,
        detail: `${JSON.stringify(run.outcome)} ${run.views.map((v) => v.title).join(' | ')}`,
      });
    } catch (error) {
      scored.push({ entry, verdict: 'wrong', detail: `failed: ${(error as Error).message}` });
    }
    if (!json) process.stderr.write(scored.at(-1)?.verdict === 'correct' ? '.' : 'x');
  }
  if (!json) process.stderr.write('\n');
  return scored;
}

function accuracy(scored: readonly Scored[]): number {
  return scored.length === 0 ? 0 : scored.filter((s) => s.verdict === 'correct').length / scored.length;
}

async function main(): Promise<number> {
  const corpus = loadCorpus();
  const world = loadWorld();
  const rules = corpus.map((entry) => ({ entry, verdict: scoreRules(entry, runRules(entry, world)) }));
  const config = loadConfig();
  const fake = replay ? await FakeOpenAi.start() : undefined;
  const model = fake
    ? new OpenAiModel({ baseUrl: fake.url, apiKey: 'replay', model: 'replay', timeoutMs: 10_000 })
    : agentModelFromConfig(config.llm);
  if (!model)
    note(
      'no model endpoint configured (OPENAI_BASE_URL or OPENAI_API_KEY): scoring the rule-based interpreter only; --replay scores the agent on the recorded replies',
    );
  const agent = model ? await scoreAgentOn(corpus, model, fake) : [];
  await fake?.close();
  const agentName = fake ? 'recorded replies' : config.llm.model;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({
        corpus: corpus.length,
        rules: {
          accuracy: accuracy(rules),
          wrong: rules.filter((r) => r.verdict === 'wrong').map((r) => r.entry.id),
        },
        ...(model
          ? {
              agent: {
                model: agentName,
                accuracy: accuracy(agent),
                wrong: agent.filter((a) => a.verdict !== 'correct').map((a) => a.entry.id),
              },
            }
          : {}),
      })}\n`,
    );
  } else {
    console.log(report(`rule-based interpreter (${corpus.length} requests)`, rules));
    if (model) {
      console.log(`\n${report(`agent: ${agentName}`, agent)}`);
      for (const miss of agent.filter((a) => a.verdict !== 'correct'))
        console.log(`  ${miss.entry.id} ${miss.entry.text}\n    → ${miss.detail}`);
    }
  }
  return rules.some((r) => r.verdict === 'wrong') ? 1 : 0;
}

process.exitCode = await main();
