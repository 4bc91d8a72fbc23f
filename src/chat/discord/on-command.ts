import { handleMessage } from '../../core/handle-message.ts';
import { errorView } from '../../core/views/notices.ts';
import { isAtlasError } from '../../domain/errors.ts';
import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { type CommandInput, type CommandOption, commandInput } from './command-input.ts';
import { commandText } from './command-text.ts';
import { deliveryFor, type HandlerContext } from './handler-context.ts';
import type { InteractionFacts } from './interaction-facts.ts';
import { InteractionReplies } from './interaction-replies.ts';
import { missingPermissions, missingPermissionsView } from './missing-permissions.ts';
import { userRef } from './people.ts';
import { startThread } from './start-thread.ts';
import { threadRefOf } from './thread-refs.ts';

/** Commands whose answer is for the asker only: acknowledged privately, no thread. */
const PRIVATE = new Set(['help']);

/**
 * A slash command: deferred at once (Discord's 3 seconds), then echoed as the typed command; in a
 * channel a thread starts on that reply and the conversation continues there, as after a mention.
 */
export async function onCommand(
  context: HandlerContext,
  facts: InteractionFacts,
  options: readonly CommandOption[],
) {
  const replies = new InteractionReplies(context.api, facts.handle);
  const input = commandInput(options);
  const text = readText(input);
  if (typeof text !== 'string') return replies.reply(text, true);
  const privately = PRIVATE.has(input.path);
  await replies.defer(privately);
  const user = userRef(facts.person);
  try {
    await warnAboutPermissions(context, facts, replies);
    const thread = privately
      ? threadRefOf(facts.channel)
      : await echoAndThread(context, facts, replies, text, user);
    const views = await handleMessage(context.deps, {
      eventId: facts.handle.id,
      thread,
      user,
      text,
      ...(facts.locale ? { locale: facts.locale } : {}),
    });
    await deliveryFor(context, replies)(thread, views, user);
  } catch (error) {
    await answerFailure(context, replies, input, error);
  }
}

/** The command text, or the error to answer at once (still within the 3 seconds: it is pure). */
function readText(input: CommandInput): string | ThreadView {
  try {
    return commandText(input);
  } catch (error) {
    return errorView(error);
  }
}

/** The reply shows what was asked, as a command anyone could type; a thread starts on it. */
async function echoAndThread(
  context: HandlerContext,
  facts: InteractionFacts,
  replies: InteractionReplies,
  text: string,
  user: UserRef,
): Promise<ThreadRef> {
  const echo = await replies.editOriginal({
    content: `**${user.name}**: \`${text.replaceAll('`', 'ʼ')}\``.slice(0, 2000),
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
  });
  if (facts.channel.kind !== 'channel') return threadRefOf(facts.channel);
  return startThread(context, {
    channelId: facts.channel.id,
    messageId: echo.id,
    text: text.replace(/^\/atlas\s+/, ''),
    tell: (view) => replies.private(view),
  });
}

async function warnAboutPermissions(
  context: HandlerContext,
  facts: InteractionFacts,
  replies: InteractionReplies,
) {
  const missing = missingPermissions(facts.appPermissions, facts.channel.kind);
  if (missing.length === 0) return;
  context.logger.warn(
    { channelId: facts.channel.id, missing },
    'Discord: ATLAS lacks permissions in a channel it was asked in',
  );
  await replies.private(missingPermissionsView(missing));
}

async function answerFailure(
  context: HandlerContext,
  replies: InteractionReplies,
  input: CommandInput,
  error: unknown,
) {
  if (!isAtlasError(error) || error.code === 'internal')
    context.logger.error({ err: error, command: input.path }, 'Discord: answering a slash command failed');
  await replies.private(errorView(error)).catch((told: unknown) => {
    context.logger.error({ err: told }, 'Discord: cannot tell the person that their command failed');
  });
}
