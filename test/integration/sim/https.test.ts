import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../src/sim/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tls/${name}`, import.meta.url));

function get(
  url: string,
  ca: Buffer | undefined,
  auth: string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers: { Authorization: auth } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('simulator over HTTPS', () => {
  let sim: Simulator;

  afterEach(async () => {
    await sim.close();
  });

  it('serves the API with the test certificate, trusted through the test CA', async () => {
    sim = await startSimulator({ tls: { cert: fixture('server.pem'), key: fixture('server-key.pem') } });
    const auth = `PVEAPIToken=${sim.tokenId}=${sim.tokenSecret}`;

    const answer = await get(`${sim.url}/api2/json/version`, fixture('ca.pem'), auth);

    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/json;charset=UTF-8');
    expect(JSON.parse(answer.body).data.release).toBe('9.1');
  });

  it('is refused by a client that does not trust the test CA', async () => {
    sim = await startSimulator({ tls: { cert: fixture('server.pem'), key: fixture('server-key.pem') } });

    const error = await get(`${sim.url}/api2/json/version`, undefined, '').catch((e: unknown) => e);

    expect((error as NodeJS.ErrnoException).code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });
});
