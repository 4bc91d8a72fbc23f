import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';

const load = (env: Record<string, string>) =>
  loadConfig({ env, cwd: mkdtempSync(join(tmpdir(), 'atlas-config-')) });

describe('ATLAS_RETENTION', () => {
  it('keeps what finished requests leave behind for 7 days unless told otherwise', () => {
    expect(load({}).retentionMs).toBe(7 * 86_400_000);
    expect(load({ ATLAS_RETENTION: '36h' }).retentionMs).toBe(36 * 3_600_000);
  });

  it('is off with 0 or off', () => {
    expect(load({ ATLAS_RETENTION: '0' }).retentionMs).toBe(0);
    expect(load({ ATLAS_RETENTION: 'off' }).retentionMs).toBe(0);
    expect(load({ ATLAS_RETENTION: 'OFF' }).retentionMs).toBe(0);
  });

  it('names the forms it takes when the value is none of them', () => {
    expect(() => load({ ATLAS_RETENTION: 'forever' })).toThrow(
      'ATLAS_RETENTION: expected a duration such as 30s, 5m or 24h, or off, got "forever"',
    );
    expect(() => load({ ATLAS_TASK_TIMEOUT: 'off' })).toThrow(
      'ATLAS_TASK_TIMEOUT: expected a duration such as 30s, 5m or 24h, got "off"',
    );
  });
});
