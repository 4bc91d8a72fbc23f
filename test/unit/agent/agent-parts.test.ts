import { describe, expect, it } from 'vitest';
import { buildProposal } from '../../../src/core/free-text/planner/build-proposal.ts';
import { compactMemory, estimateTokens } from '../../../src/core/free-text/planner/compact-memory.ts';
import { parseToolCall } from '../../../src/core/free-text/planner/parse-tool-call.ts';
import { toolDefinitions } from '../../../src/core/free-text/planner/planner-tools.ts';
import { freshState, type StoredMessage } from '../../../src/core/free-text/planner/thread-state.ts';
import { detectLanguage } from '../../../src/core/i18n/language.ts';
import { decodeAction, decodeButton, encodeButton } from '../../../src/domain/thread-view.ts';
import { testPolicy } from '../../support/memory-ports.ts';

describe('language', () => {
  it.each([
    ['create a vm called web-01 with 4 cores', 'en'],
    ['crea due vm debian con 4 core', 'it'],
    ['mi servono tre macchine per il test di carico', 'it'],
    ['I need two debian boxes for the payments load test', 'en'],
  ])('"%s" is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('keeps the thread language when a message gives no sign', () => {
    expect(detectLanguage('ok, 8 GB', 'it')).toBe('it');
  });
});

describe('tools', () => {
  it('shows the model JSON Schema made from the zod schemas, without extra keys', () => {
    const tools = toolDefinitions();

    expect(tools.map((t) => t.name)).toEqual([
      'list_templates',
      'list_nodes',
      'list_vms',
      'get_vm',
      'propose_request',
      'ask_user',
      'suggest_command',
    ]);
    const propose = tools.find((t) => t.name === 'propose_request')?.parameters;
    expect(propose).toMatchObject({ type: 'object', required: ['vms'], additionalProperties: false });
    expect(propose).not.toHaveProperty('$schema');
  });

  it.each([
    [{ id: 'a', name: 'approve', arguments: '{}' }, 'There is no tool "approve"'],
    [{ id: 'a', name: 'ask_user', arguments: '{"question": ' }, 'are not valid JSON'],
    [
      { id: 'a', name: 'ask_user', arguments: '{"question": 42}' },
      'question: Invalid input: expected string',
    ],
    [
      { id: 'a', name: 'get_vm', arguments: '{"name": "web-01", "shell": "rm -rf /"}' },
      'do not fit its schema',
    ],
  ])('checks the arguments of every call again (%#)', (raw, problem) => {
    const parsed = parseToolCall(raw);

    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });
});

describe('proposals', () => {
  it('fills in the policy defaults and puts the roles on every VM', () => {
    const built = buildProposal(
      { vms: [{ name: 'Web-01', memory_gib: 1.5 }], roles: ['Nginx'] },
      testPolicy(),
    );

    expect(built).toEqual({
      ok: true,
      proposal: {
        vms: [
          {
            name: 'web-01',
            cores: 2,
            memoryMiB: 1536,
            diskGiB: 20,
            template: 'ubuntu-24.04',
            sshKeys: [],
            tags: [],
            roles: ['nginx'],
          },
        ],
        roles: ['nginx'],
      },
    });
  });

  it('turns what is not a valid spec into findings for the model', () => {
    const built = buildProposal({ vms: [{ name: 'web_01; rm -rf /' }], roles: ['../etc'] }, testPolicy());

    expect(built.ok).toBe(false);
    expect(built.ok ? [] : built.findings).toEqual([
      'Role "../etc" is not a role name: use a-z, 0-9, "_" and "-", e.g. nginx.',
      expect.stringMatching(/^VM "web_01; rm -rf \/": name must be a DNS label/),
    ]);
  });
});

describe('thread memory', () => {
  const exchange = (i: number): StoredMessage[] => [
    { role: 'user', content: `message ${i} ${'x'.repeat(400)}` },
    { role: 'assistant', toolCalls: [{ id: `c${i}`, name: 'ask_user', arguments: `{"question":"q${i}"}` }] },
    { role: 'tool', toolCallId: `c${i}`, content: '{"posted":true}' },
  ];

  it('folds the oldest whole exchanges into a summary to stay within the budget', () => {
    const state = { ...freshState('en'), messages: [1, 2, 3, 4].flatMap(exchange) };

    const compacted = compactMemory(state, 300);

    expect(estimateTokens(compacted.messages)).toBeLessThanOrEqual(300);
    expect(compacted.messages[0]).toMatchObject({
      role: 'user',
      content: expect.stringMatching(/^message 4/),
    });
    expect(compacted.summary).toHaveLength(6);
    expect(compacted.summary[1]).toBe('ATLAS ask_user: {"question":"q1"}');
  });
});

describe('run buttons', () => {
  it('carry a short id, and decision buttons stay as they were', () => {
    const value = encodeButton({ action: 'run', id: 'abc123def456' });

    expect(value).toBe('run:abc123def456');
    expect(decodeAction(value)).toEqual({ action: 'run', id: 'abc123def456' });
    expect(decodeButton(value)).toBeUndefined();
    expect(decodeAction('run:../../x')).toBeUndefined();
    expect(decodeAction('approve:R-7F3K:0123456789ab')).toEqual({
      action: 'approve',
      requestId: 'R-7F3K',
      planHash: '0123456789ab',
    });
  });
});
