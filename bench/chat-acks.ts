// The chat adapters' acknowledgement times, each measured in its own process (bench/slack-ack.ts,
// bench/discord-ack.ts) after the pipeline numbers, so they do not compete with the pipeline's processes.
import { execFile } from 'node:child_process';

export const CHAT_ACK_TARGETS = { slack_ack_p99_ms: 300, discord_ack_p99_ms: 500 } as const;
export type ChatAcks = Partial<Record<keyof typeof CHAT_ACK_TARGETS, number>>;

function runJson(script: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, '--json'], { timeout: 300_000 }, (error, stdout) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as Record<string, unknown>);
      } catch {
        reject(error ?? new Error(`${script} printed no JSON`));
      }
    });
  });
}

export async function measureChatAcks(note: (text: string) => void): Promise<ChatAcks> {
  note('100 signed Slack slash commands at once, time to the HTTP acknowledgement');
  const slack = await runJson('bench/slack-ack.ts');
  note('100 Discord interactions at once through the fake gateway, time to the interaction callback');
  const discord = await runJson('bench/discord-ack.ts');
  return {
    slack_ack_p99_ms: Number(slack.slack_ack_p99_ms),
    discord_ack_p99_ms: Number(discord.discord_ack_p99_ms),
  };
}
