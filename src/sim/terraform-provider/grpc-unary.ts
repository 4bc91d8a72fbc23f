// Unary gRPC handlers from async functions. A handler that throws still answers with an error
// diagnostic, so Terraform shows what went wrong instead of a transport error.
import type { handleUnaryCall, ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { diagnosticFromError } from './diagnostics.ts';
import type { Log } from './log.ts';

// Requests arrive as plain objects decoded by proto-loader; each handler reads the fields it needs.
// biome-ignore lint/suspicious/noExplicitAny: the messages are defined by the .proto files, not by TypeScript.
export type Message = Record<string, any>;

export function unary(
  name: string,
  log: Log,
  handler: (request: Message) => Promise<Message>,
): handleUnaryCall<Message, Message> {
  return (call: ServerUnaryCall<Message, Message>, callback: sendUnaryData<Message>) => {
    const started = Date.now();
    handler(call.request)
      .then((response) => {
        log.debug({ rpc: name, ms: Date.now() - started }, 'rpc done');
        callback(null, response);
      })
      .catch((error: unknown) => {
        log.error({ rpc: name, err: error }, 'rpc failed');
        callback(null, {
          diagnostics: [diagnosticFromError(`The Proxmox provider failed in ${name}`, error)],
        });
      });
  };
}
