import { describe, expect, it } from 'vitest';
import { BackgroundTasks } from '../../../src/chat/slack/background-tasks.ts';
import { RecordingLogger } from '../../e2e/slack/recording-logger.ts';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BackgroundTasks', () => {
  it('runs a few tasks at once and the rest in order', async () => {
    const tasks = new BackgroundTasks(new RecordingLogger(), 2);
    let running = 0;
    let most = 0;
    const order: number[] = [];

    for (let i = 0; i < 6; i += 1)
      tasks.run('working', async () => {
        running += 1;
        most = Math.max(most, running);
        await tick();
        order.push(i);
        running -= 1;
      });
    await tasks.idle();

    expect(most).toBe(2);
    expect(order).toHaveLength(6);
    expect(order.slice(0, 2).sort()).toEqual([0, 1]);
  });

  it('starts urgent work ahead of the queue', async () => {
    const tasks = new BackgroundTasks(new RecordingLogger(), 1);
    const order: string[] = [];

    tasks.run('slow', async () => {
      await tick(20);
      order.push('slow');
    });
    tasks.run('queued', async () => {
      order.push('queued');
    });
    tasks.runNow('urgent', async () => {
      order.push('urgent');
    });
    await tasks.idle();

    expect(order).toEqual(['urgent', 'slow', 'queued']);
  });

  it('logs a failed task with what it was doing, and goes on', async () => {
    const logger = new RecordingLogger();
    const tasks = new BackgroundTasks(logger, 1);
    let after = false;

    tasks.run('answering a mention', async () => {
      throw new Error('boom');
    });
    tasks.run('next', async () => {
      after = true;
    });
    await tasks.idle();

    expect(logger.problems(/answering a mention failed/)).toHaveLength(1);
    expect(after).toBe(true);
  });
});
