import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonLine } from '../../../src/iac/jsonl.ts';

const Step = z.object({ type: z.literal('step'), n: z.number().default(1) });

describe('parseJsonLine', () => {
  it('gives what the schema makes of a JSON object line, defaults filled in', () => {
    expect(parseJsonLine('{"type":"step","n":3,"extra":true}', Step)).toEqual({ type: 'step', n: 3 });
    expect(parseJsonLine('{"type":"step"}', Step)).toEqual({ type: 'step', n: 1 });
  });

  it('skips plain text, blank lines, cut-off JSON and objects the schema refuses', () => {
    expect(parseJsonLine('Initializing the backend...', Step)).toBeUndefined();
    expect(parseJsonLine('', Step)).toBeUndefined();
    expect(parseJsonLine('{"type":"step",', Step)).toBeUndefined();
    expect(parseJsonLine('{"type":"other"}', Step)).toBeUndefined();
    expect(parseJsonLine('["type","step"]', Step)).toBeUndefined();
  });
});
