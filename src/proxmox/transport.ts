import type { ApiRequestable } from 'proxmox-api';
import { type HttpAnswer, type HttpSender, NetworkError } from './http-sender.ts';
import { isTransient } from './proxmox-error.ts';
import { answerError, type Envelope, networkError } from './transport-errors.ts';

export const API_PREFIX = '/api2/json';

export interface TransportOptions {
  /** `https://host:8006`, no path. */
  baseUrl: string;
  /** `PVEAPIToken=USER@REALM!TOKENID=SECRET` */
  authorization: string;
  sender: HttpSender;
  /** Extra tries for GETs that failed transiently. Writes are never retried here. */
  getRetries: number;
  retryDelayMs: number;
}

type Params = Record<string, unknown>;

/**
 * What proxmox-api calls for every request. Replaces its built-in engine so that ATLAS decides TLS trust,
 * timeouts and retries: a POST that may have reached Proxmox is never sent twice.
 */
export class ProxmoxTransport implements ApiRequestable {
  readonly #options: TransportOptions;

  constructor(options: TransportOptions) {
    this.#options = options;
  }

  async doRequest(
    httpMethod: string,
    path: string,
    _pathTemplate: string,
    params?: Params,
  ): Promise<unknown> {
    const method = httpMethod.toUpperCase();
    const tries = method === 'GET' ? 1 + this.#options.getRetries : 1;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#once(method, path, params ?? {});
      } catch (error) {
        if (attempt >= tries || !isTransient(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, this.#options.retryDelayMs * attempt));
      }
    }
  }

  async #once(method: string, path: string, params: Params): Promise<unknown> {
    const apiPath = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
    const url = new URL(`${this.#options.baseUrl}${path}`);
    const form = encodeParams(params);
    const hasBody = method === 'POST' || method === 'PUT';
    if (!hasBody) for (const [key, value] of form) url.searchParams.append(key, value);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: this.#options.authorization,
    };
    const body = hasBody ? form.toString() : undefined;
    if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    let answer: HttpAnswer;
    try {
      answer = await this.#options.sender.send({
        method,
        url,
        headers,
        ...(body === undefined ? {} : { body }),
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      throw networkError(method, apiPath, error);
    }
    return readAnswer(method, apiPath, answer);
  }
}

/** Booleans as 1/0, arrays as repeated keys, null and undefined left out: how PVE reads forms. */
export function encodeParams(params: Params): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) form.append(key, one === true ? '1' : one === false ? '0' : String(one));
  }
  return form;
}

function readAnswer(method: string, apiPath: string, answer: HttpAnswer): unknown {
  const envelope = parseEnvelope(answer);
  if (answer.status === 200 && envelope !== undefined) return envelope.data ?? null;
  throw answerError(method, apiPath, answer, envelope);
}

function parseEnvelope(answer: HttpAnswer): Envelope | undefined {
  if (!/^application\/json/i.test(answer.contentType) || answer.body === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(answer.body);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Envelope) : undefined;
  } catch {
    return undefined;
  }
}
