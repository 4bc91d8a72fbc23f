// go-plugin's own services: health (Ping), the controller (Shutdown), stdio and the broker. This
// provider writes nothing to stdout after the handshake and dials no brokered connections, so those
// two streams stay open and quiet until Terraform closes them.
import type {
  ServerDuplexStream,
  ServerUnaryCall,
  ServerWritableStream,
  sendUnaryData,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { Message } from './grpc-unary.ts';

export function healthService(): UntypedServiceImplementation {
  return {
    Check: (call: ServerUnaryCall<Message, Message>, callback: sendUnaryData<Message>) => {
      const service = String(call.request.service ?? '');
      callback(null, { status: service === '' || service === 'plugin' ? 'SERVING' : 'SERVICE_UNKNOWN' });
    },
  };
}

/** `onShutdown` runs after the answer is on its way. */
export function controllerService(onShutdown: () => void): UntypedServiceImplementation {
  return {
    Shutdown: (_call: ServerUnaryCall<Message, Message>, callback: sendUnaryData<Message>) => {
      callback(null, {});
      setImmediate(onShutdown);
    },
  };
}

export function stdioService(): UntypedServiceImplementation {
  return {
    StreamStdio: (call: ServerWritableStream<Message, Message>) => {
      call.on('cancelled', () => call.end());
    },
  };
}

export function brokerService(): UntypedServiceImplementation {
  return {
    StartStream: (call: ServerDuplexStream<Message, Message>) => {
      call.on('data', () => undefined);
      call.on('end', () => call.end());
      call.on('cancelled', () => call.end());
    },
  };
}
