/** The few Block Kit shapes ATLAS sends: plain data, so the renderer stays pure and golden-testable. */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}

export interface PlainText {
  type: 'plain_text';
  text: string;
}

export interface SectionBlock {
  type: 'section';
  text?: MrkdwnText;
  fields?: MrkdwnText[];
}

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}

export interface ActionsBlock {
  type: 'actions';
  block_id: string;
  elements: ButtonElement[];
}

export interface ContextBlock {
  type: 'context';
  elements: MrkdwnText[];
}

export type SlackBlock = SectionBlock | ActionsBlock | ContextBlock;

/** A message as chat.postMessage / chat.update / response_url take it, plus what did not fit. */
export interface SlackMessage {
  /** The notification and accessibility text. */
  text: string;
  blocks: SlackBlock[];
  /** The full text of whatever was cut to fit Block Kit's limits, to attach as a file. */
  attachment?: { filename: string; title: string; content: string };
}

/** Block Kit's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  contextElements: 10,
  buttonText: 75,
  messageText: 4000,
} as const;

export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text };
}
