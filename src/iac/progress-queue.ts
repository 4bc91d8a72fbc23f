import type { Progress, ProgressReporter } from '../ports/engine.ts';

/**
 * Progress lines delivered one after another, in the order they were pushed, without making Terraform's
 * output wait for the chat. A line that fails to deliver is dropped: progress never fails an apply.
 */
export function progressQueue(report: ProgressReporter): {
  push: (progress: Progress) => void;
  drain: () => Promise<void>;
} {
  let chain = Promise.resolve();
  return {
    push: (progress) => {
      chain = chain.then(() => report(progress)).catch(() => undefined);
    },
    drain: () => chain,
  };
}
