import { z } from 'zod';

/** The parts of Slack's payloads ATLAS reads (zod at the boundary: only the fields it uses). */

export const MentionEnvelope = z.object({
  event_id: z.string().min(1),
  event: z.object({
    type: z.literal('app_mention'),
    user: z.string().min(1).optional(),
    bot_id: z.string().optional(),
    text: z.string(),
    channel: z.string().min(1),
    ts: z.string().min(1),
    thread_ts: z.string().min(1).optional(),
  }),
});
export type MentionEnvelope = z.infer<typeof MentionEnvelope>;

export const SlashCommand = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  channel_id: z.string().min(1),
  trigger_id: z.string().min(1),
  response_url: z.string().optional(),
});
export type SlashCommand = z.infer<typeof SlashCommand>;

const SlackUser = z.object({
  id: z.string().min(1),
  username: z.string().optional(),
  name: z.string().optional(),
});

export const ButtonPress = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().min(1),
  user: SlackUser,
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional() }).optional(),
  message: z.object({ ts: z.string().min(1), thread_ts: z.string().optional() }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
  response_url: z.string().optional(),
});
export type ButtonPress = z.infer<typeof ButtonPress>;

export const ViewSubmission = z.object({
  type: z.literal('view_submission'),
  user: SlackUser,
  view: z.object({
    id: z.string().min(1),
    callback_id: z.string(),
    private_metadata: z.string().default(''),
    state: z.object({
      values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }))),
    }),
  }),
});
export type ViewSubmission = z.infer<typeof ViewSubmission>;
