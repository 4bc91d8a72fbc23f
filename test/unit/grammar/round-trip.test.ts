import { describe, expect, it } from 'vitest';
import { formatCommand } from '../../../src/core/grammar/format-command.ts';
import { expandNames } from '../../../src/core/grammar/name-series.ts';
import { parseCommand } from '../../../src/core/grammar/parse-command.ts';
import { Intent } from '../../../src/domain/intent.ts';
import type { VmSpec } from '../../../src/domain/vm-spec.ts';
import { KEY, policy } from './policy.ts';

/** A small seeded generator, so a failure names the seed that reproduces it. */
function random(seed: number): {
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
} {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (items) => items[int(0, items.length - 1)] as never, chance: (p) => next() < p };
}
type Random = ReturnType<typeof random>;

const LABEL = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_CHARS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEYS = [
  KEY,
  `${KEY} alice@laptop`,
  `${KEY} "quoted" comment`,
  `${KEY} DOMAIN\\bob`,
  'ssh-rsa AAAAB3NzaC1yc2E= x',
];
const TAGS = ['web', 'db', 'load-test', 'team_a', 'v1.2', 'c++', '9lives'];
const REASON_WORDS = [
  'too',
  'big',
  "don't",
  '"quoted"',
  '“smart”',
  "'single'",
  '7F3K',
  'R-8G4M',
  '--help',
  '-h',
  'two\nlines',
  'émoji 🎉',
  'a\\b',
  'nope',
  'x"y',
];
const TOPICS = [
  'vm create',
  'create',
  'approve',
  'vm list',
  'start',
  'reject',
  'templates',
  'vm',
  'sizes',
  'foo bar',
  'what now',
];

function name(r: Random): string {
  const length = r.int(1, 20);
  let text = '';
  for (let i = 0; i < length; i += 1) text += r.pick([...LABEL, ...(i > 0 && i < length - 1 ? ['-'] : [])]);
  return r.chance(0.4) ? `${text}-${String(r.int(0, 120)).padStart(r.int(1, 3), '0')}` : text;
}

function spec(r: Random, vmName: string): VmSpec {
  const tags = [...new Set(TAGS.filter(() => r.chance(0.3)))];
  return {
    name: vmName,
    cores: r.int(1, 16),
    memoryMiB: r.chance(0.5) ? r.int(1, 64) * 1024 : r.int(16, 65536),
    diskGiB: r.int(1, 500),
    template: r.pick(['ubuntu-24.04', 'debian-12', 'alma.9_x']),
    ...(r.chance(0.5) ? { node: r.pick(['pve1', 'PVE-2', 'n3']) } : {}),
    sshKeys: KEYS.filter(() => r.chance(0.2)),
    tags: r.chance(0.5) ? [...tags, 'atlas'] : ['atlas', ...tags],
  };
}

function requestId(r: Random): string {
  return `R-${Array.from({ length: r.int(4, 8) }, () => r.pick([...ID_CHARS])).join('')}`;
}

function reason(r: Random): string | undefined {
  const text = Array.from({ length: r.int(1, 6) }, () => r.pick(REASON_WORDS)).join(
    r.pick([' ', '  ', '\n']),
  );
  return text.trim() === '' ? undefined : text.trim();
}

function intent(r: Random): Intent {
  const id = r.chance(0.5) ? { requestId: requestId(r) } : {};
  const vmName = name(r);
  const draft = r.pick([
    () => ({
      kind: 'vm.create',
      vms: expandNames(vmName, r.int(1, 10)).map((n, _i, all) => ({ ...spec(r, all[0] as string), name: n })),
    }),
    () => ({ kind: 'vm.list', mine: r.chance(0.5) }),
    () => ({ kind: 'vm.status', name: vmName }),
    () => ({ kind: 'vm.power', action: r.pick(['start', 'stop', 'reboot']), name: vmName }),
    () => ({ kind: 'vm.destroy', name: vmName }),
    () => ({ kind: 'approve', ...id }),
    () => ({ kind: 'reject', ...id, ...(r.chance(0.8) ? { reason: reason(r) } : {}) }),
    () => ({ kind: 'templates' }),
    () => ({ kind: 'help', ...(r.chance(0.8) ? { topic: r.pick(TOPICS) } : {}) }),
  ])();
  return Intent.parse(draft);
}

/** A series shares every setting; make them equal after generating names. */
function shareSettings(value: Intent): Intent {
  if (value.kind !== 'vm.create') return value;
  const [first] = value.vms;
  return { ...value, vms: value.vms.map((vm) => ({ ...(first as VmSpec), name: vm.name })) };
}

describe('formatCommand', () => {
  it('gives back the intent when parsed, for 3000 generated intents', () => {
    const failures: string[] = [];

    for (let seed = 1; seed <= 3000; seed += 1) {
      const original = shareSettings(intent(random(seed)));
      const text = formatCommand(original);
      const parsed = parseCommand(text, policy);
      const same =
        parsed.kind === 'intent' && JSON.stringify(Intent.parse(parsed.intent)) === JSON.stringify(original);
      if (!same) failures.push(`seed ${seed}: ${text} → ${JSON.stringify(parsed)}`);
    }

    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('writes VMs that are not one --count series as one command each', () => {
    const r = random(7);
    const vms = [spec(r, 'web-01'), spec(r, 'db'), { ...spec(r, 'cache-3'), cores: 1 }];

    const lines = formatCommand({ kind: 'vm.create', vms }).split('\n');

    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      expect(parseCommand(line, policy)).toEqual({
        kind: 'intent',
        intent: { kind: 'vm.create', vms: [vms[i]] },
      });
    });
  });

  it('writes a series with --count', () => {
    const vms = ['web-09', 'web-10'].map((n) => ({ ...spec(random(3), 'x'), name: n, node: 'pve1' }));

    const text = formatCommand({ kind: 'vm.create', vms });

    expect(text).toMatch(/^\/atlas vm create web-09 .*--node pve1 --count 2/);
  });

  it.each<[Intent, string]>([
    [{ kind: 'reject', requestId: 'R-7F3K', reason: 'too big' }, '/atlas reject R-7F3K too big'],
    [{ kind: 'reject', reason: '7F3K is wrong' }, '/atlas reject "7F3K is wrong"'],
    [{ kind: 'reject', reason: '"quoted"' }, '/atlas reject ""quoted""'],
    [{ kind: 'approve' }, '/atlas approve'],
    [{ kind: 'vm.power', action: 'reboot', name: 'web-01' }, '/atlas vm reboot web-01'],
    [{ kind: 'help', topic: 'vm create' }, '/atlas help vm create'],
  ])('%j → %s', (value, text) => {
    const formatted = formatCommand(value);

    expect(formatted).toBe(text);
  });
});
