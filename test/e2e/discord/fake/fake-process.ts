// The fake Discord in a process of its own, as the real one is remote: ATLAS's work cannot slow it down,
// so what it measures is ATLAS. Driven over IPC: `burst` sends N slash commands at once and answers with
// the time from each dispatch to ATLAS's interaction callback, measured here.
import { FakeDiscord } from './fake-discord.ts';

export type FakeProcessRequest = { op: 'burst'; count: number; timeoutMs: number } | { op: 'exit' };
export type FakeProcessAnswer =
  | { op: 'ready'; apiUrl: string; token: string; applicationId: string; approver: string }
  | { op: 'burst'; latencies: number[]; acknowledged: number; late: number };

const fake = await FakeDiscord.start();
fake.state.addPerson('alice');
const bob = fake.state.addPerson('bob');
const send = (answer: FakeProcessAnswer) => process.send?.(answer);

async function burst(count: number, timeoutMs: number): Promise<void> {
  const ids = Array.from({ length: count }, (_, i) =>
    fake.slash('alice', 'vm create', { name: `burst-${Date.now().toString(36)}-${i}`, cores: 1 }),
  );
  const deadline = Date.now() + timeoutMs;
  const acked = () => ids.filter((id) => (fake.state.interactions.get(id)?.acks.length ?? 0) > 0);
  while (acked().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const latencies = ids.map((id) => {
    const ack = fake.state.interactions.get(id)?.acks[0];
    return ack ? ack.at - (fake.gateway.sentAt.get(id) ?? ack.at) : Number.POSITIVE_INFINITY;
  });
  const late = fake.rest.requests.filter((r) => r.path.endsWith('/callback') && r.status === 404).length;
  send({ op: 'burst', latencies, acknowledged: acked().length, late });
}

process.on('message', (request: FakeProcessRequest) => {
  if (request.op === 'burst') void burst(request.count, request.timeoutMs);
  else void fake.close().then(() => process.exit(0));
});
send({
  op: 'ready',
  apiUrl: fake.apiUrl,
  token: fake.state.token,
  applicationId: fake.state.applicationId,
  approver: `discord:${bob.user.id}`,
});
