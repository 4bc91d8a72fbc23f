import { z } from 'zod';
import { VmName } from './names.ts';
import { VmSpec } from './vm-spec.ts';

export const REQUEST_ID_PATTERN = /^R-[0-9A-HJKMNP-TV-Z]{4,8}$/;
export const RequestId = z.string().regex(REQUEST_ID_PATTERN);
export type RequestId = z.infer<typeof RequestId>;

export const PowerAction = z.enum(['start', 'stop', 'reboot']);
export type PowerAction = z.infer<typeof PowerAction>;

/** What a message means, whoever interpreted it (command grammar or agent). */
export const Intent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('vm.create'), vms: z.array(VmSpec).min(1).max(50) }),
  z.object({ kind: z.literal('vm.list'), mine: z.boolean() }),
  z.object({ kind: z.literal('vm.status'), name: VmName }),
  z.object({ kind: z.literal('vm.power'), action: PowerAction, name: VmName }),
  z.object({ kind: z.literal('vm.destroy'), name: VmName }),
  z.object({ kind: z.literal('approve'), requestId: RequestId.optional() }),
  z.object({
    kind: z.literal('reject'),
    requestId: RequestId.optional(),
    reason: z.string().max(500).optional(),
  }),
  z.object({ kind: z.literal('rollback'), requestId: RequestId.optional() }),
  z.object({ kind: z.literal('templates') }),
  z.object({ kind: z.literal('help'), topic: z.string().max(40).optional() }),
]);
export type Intent = z.infer<typeof Intent>;
export type IntentKind = Intent['kind'];
