import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acceptsProtocol,
  candidatePorts,
  cookieProblem,
  handshakeLine,
  MAGIC_COOKIE_VALUE,
} from '../../../src/sim/terraform-provider/handshake.ts';
import { selfSignedCertificate } from '../../../src/sim/terraform-provider/tls-cert.ts';

describe('the go-plugin handshake', () => {
  it('announces core protocol 1, tfplugin6, tcp, the address, grpc and the certificate in unpadded base64', () => {
    const der = Buffer.from([1, 2, 3, 4]);

    const line = handshakeLine('127.0.0.1:41234', der);

    expect(line).toBe('1|6|tcp|127.0.0.1:41234|grpc|AQIDBA');
  });

  it('leaves the certificate field empty when Terraform asked for no TLS', () => {
    expect(handshakeLine('127.0.0.1:1', undefined)).toBe('1|6|tcp|127.0.0.1:1|grpc|');
  });

  it('serves only when Terraform set the magic cookie, and tells a person who ran it what it is', () => {
    expect(cookieProblem({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE })).toBeUndefined();
    expect(cookieProblem({})).toMatch(/Terraform provider plugin.*TF_CLI_CONFIG_FILE/s);
    expect(cookieProblem({ TF_PLUGIN_MAGIC_COOKIE: 'wrong' })).toContain('installProviderMirror');
  });

  it('speaks protocol 6 when Terraform offers it', () => {
    expect(acceptsProtocol({ PLUGIN_PROTOCOL_VERSIONS: '5,6' })).toBe(true);
    expect(acceptsProtocol({ PLUGIN_PROTOCOL_VERSIONS: '5' })).toBe(false);
    expect(acceptsProtocol({})).toBe(true);
  });

  it('listens in the port range Terraform gives, else on any free port', () => {
    expect(candidatePorts({ PLUGIN_MIN_PORT: '10000', PLUGIN_MAX_PORT: '10002' })).toEqual([
      10000, 10001, 10002,
    ]);
    expect(candidatePorts({})).toEqual([0]);
    expect(candidatePorts({ PLUGIN_MIN_PORT: '9', PLUGIN_MAX_PORT: '3' })).toEqual([0]);
  });

  it('makes a self-signed CA certificate for localhost, good for server and client auth, whose DER the line carries', () => {
    const made = selfSignedCertificate(new Date('2030-01-01T00:00:00Z'));

    const cert = new X509Certificate(made.certPem);
    const field = handshakeLine('127.0.0.1:1', made.der).split('|')[5] ?? '';
    expect(cert.ca).toBe(true);
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.checkIssued(cert)).toBe(true);
    expect(cert.keyUsage).toEqual(expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']));
    expect(new Date(cert.validFrom) < new Date('2030-01-01T00:00:00Z')).toBe(true);
    expect(field).not.toContain('=');
    expect(Buffer.from(field, 'base64').equals(cert.raw)).toBe(true);
  });
});
