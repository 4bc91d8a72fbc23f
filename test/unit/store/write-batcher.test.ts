import { describe, expect, it } from 'vitest';
import { WriteBatcher } from '../../../src/store/write-batcher.ts';

/** A write function that records each batch and answers when the test says so. */
function gatedWrites(fail: (item: string) => boolean = () => false) {
  const batches: string[][] = [];
  const gates: (() => void)[] = [];
  const write = async (items: string[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => gates.push(resolve));
    if (items.some(fail)) throw new Error(`cannot write ${items.join(',')}`);
    return items.map((item) => item.toUpperCase());
  };
  const openAll = async () => {
    while (gates.length > 0) {
      for (const open of gates.splice(0)) open();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { batches, write, openAll };
}

describe('WriteBatcher', () => {
  it('writes an item at once, alone, when nothing else is being written', async () => {
    const writes = gatedWrites();
    const batcher = new WriteBatcher({ write: writes.write, concurrency: 2, maxItems: 10 });

    const result = batcher.add('a');
    await writes.openAll();

    expect(await result).toBe('A');
    expect(writes.batches).toEqual([['a']]);
  });

  it('sends what arrives while every slot is busy together, in order, and answers each item', async () => {
    const writes = gatedWrites();
    const batcher = new WriteBatcher({ write: writes.write, concurrency: 1, maxItems: 10 });

    const results = ['a', 'b', 'c', 'd'].map((item) => batcher.add(item));
    await writes.openAll();

    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D']);
    expect(writes.batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('puts at most maxItems in one statement', async () => {
    const writes = gatedWrites();
    const batcher = new WriteBatcher({ write: writes.write, concurrency: 1, maxItems: 2 });

    const results = ['a', 'b', 'c', 'd', 'e'].map((item) => batcher.add(item));
    await writes.openAll();

    await Promise.all(results);
    expect(writes.batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('tries the items of a failed batch one by one, so only the bad one fails', async () => {
    const writes = gatedWrites((item) => item === 'bad');
    const batcher = new WriteBatcher({ write: writes.write, concurrency: 1, maxItems: 10 });

    const results = ['a', 'b', 'bad', 'c'].map((item) => batcher.add(item).catch((e: Error) => e.message));
    await writes.openAll();

    expect(await Promise.all(results)).toEqual(['A', 'B', 'cannot write bad', 'C']);
  });
});
