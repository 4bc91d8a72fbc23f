import http from 'node:http';
import https from 'node:https';

export interface HttpCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpAnswer {
  status: number;
  /** The reason phrase: PVE puts its error message there. */
  reason: string;
  contentType: string;
  body: string;
}

export interface HttpSenderOptions {
  /** PEM bundle to trust instead of the system store. */
  ca?: string;
  /** Skip certificate verification. Only when explicitly asked for. */
  insecure?: boolean;
  timeoutMs: number;
}

export interface HttpSender {
  send(call: HttpCall): Promise<HttpAnswer>;
  close(): void;
}

/** A network failure with Node's error code (`ECONNRESET`, `ETIMEDOUT`, ...). */
export class NetworkError extends Error {
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined, cause?: unknown) {
    super(message, { cause });
    this.name = 'NetworkError';
    this.code = code;
  }
}

/** One keep-alive agent per client; TLS trust decided once, here. */
export function createHttpSender(options: HttpSenderOptions): HttpSender {
  const tls = {
    ...(options.ca === undefined ? {} : { ca: options.ca }),
    rejectUnauthorized: options.insecure !== true,
  };
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 32, ...tls });
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  return {
    send: (call) => send(call, call.url.protocol === 'https:' ? httpsAgent : httpAgent, options.timeoutMs),
    close: () => {
      httpsAgent.destroy();
      httpAgent.destroy();
    },
  };
}

function send(call: HttpCall, agent: http.Agent, timeoutMs: number): Promise<HttpAnswer> {
  const lib = call.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = lib.request(call.url, { method: call.method, headers: call.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(asNetworkError(error));
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          reason: (res.statusMessage ?? '').trim(),
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    const timer = setTimeout(() => {
      request.destroy(new NetworkError(`no complete answer within ${timeoutMs} ms`, 'ETIMEDOUT'));
    }, timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(asNetworkError(error));
    });
    request.end(call.body);
  });
}

function asNetworkError(error: Error): NetworkError {
  if (error instanceof NetworkError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new NetworkError(error.message, code, error);
}
