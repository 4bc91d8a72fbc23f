import type { webApi } from '@slack/bolt';
import type { Deliver } from '../../core/deliver.ts';
import type { CoreDeps } from '../../core/deps.ts';
import type { Logger } from '../../ports/logger.ts';
import type { BackgroundTasks } from './background-tasks.ts';
import type { SlackPlatform } from './slack-platform.ts';
import type { UserDirectory } from './user-directory.ts';

/** What the Slack listeners share: the core, the way out (platform, delivery) and the user directory. */
export interface SlackSession {
  deps: CoreDeps;
  client: webApi.WebClient;
  platform: SlackPlatform;
  deliver: Deliver;
  users: UserDirectory;
  tasks: BackgroundTasks;
  logger: Logger;
  /** The bot's own user id (from auth.test), to strip its mention from messages. */
  botUserId(): string | undefined;
}
