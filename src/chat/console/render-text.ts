import { tableLines } from '../../domain/table-lines.ts';
import type { ThreadView } from '../../domain/thread-view.ts';

const MARK: Record<ThreadView['tone'], string> = {
  neutral: '•',
  pending: '…',
  success: '✓',
  danger: '✗',
  warning: '!',
};
const COLOR: Record<ThreadView['tone'], string> = {
  neutral: '0',
  pending: '36',
  success: '32',
  danger: '31',
  warning: '33',
};

export interface TextStyle {
  color: boolean;
}

function paint(style: TextStyle, code: string, text: string): string {
  return style.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** A ThreadView as terminal text; buttons appear as the command that presses them. Pure. */
export function renderText(view: ThreadView, style: TextStyle = { color: false }): string {
  const pad = '      ';
  const head = `${paint(style, COLOR[view.tone], MARK[view.tone])} ${paint(style, '1', view.title)}`;
  const lines = [
    view.visibility === 'ephemeral' ? `${head} ${paint(style, '2', '(only you see this)')}` : head,
  ];
  if (view.text) lines.push(...view.text.split('\n').map((l) => pad + l));
  if (view.fields) {
    const width = Math.max(...view.fields.map((f) => f.label.length));
    lines.push(...view.fields.map((f) => `${pad}${f.label.padEnd(width)}  ${f.value}`));
  }
  if (view.table) lines.push(...tableLines(view.table.columns, view.table.rows).map((l) => pad + l));
  if (view.code) lines.push(...view.code.split('\n').map((l) => `${pad}│ ${l}`));
  const width = Math.max(0, ...(view.buttons ?? []).map((b) => b.label.length + 2));
  for (const button of view.buttons ?? []) {
    lines.push(`${pad}${`[${button.label}]`.padEnd(width)}  ${paint(style, '1', button.command)}`);
  }
  for (const line of view.context ?? []) lines.push(paint(style, '2', `${pad}· ${line}`));
  return lines.join('\n');
}
