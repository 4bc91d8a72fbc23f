import type { Progress } from '../../ports/engine.ts';
import type { AnsibleEvent } from './ansible-events.ts';

/** A task result as one progress line naming the VM: `web-01: nginx : Install nginx · changed`. */
export function progressOf(event: AnsibleEvent, sanitize: (text: string) => string): Progress | undefined {
  if (event.kind !== 'result' || event.status === 'skipped') return undefined;
  const why = event.message?.split('\n')[0];
  const status =
    why && event.status !== 'ok' && event.status !== 'changed' ? `${event.status}: ${why}` : event.status;
  return { message: sanitize(`${event.host}: ${event.task} · ${status}`).slice(0, 300), vm: event.host };
}
