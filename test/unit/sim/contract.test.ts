import { describe, expect, it } from 'vitest';
import { checkRequest, contract, findEndpoint } from '../../../src/sim/contract.ts';

const CLONE = '/nodes/pve1/qemu/9000/clone';

describe('checkRequest', () => {
  it('accepts a valid clone request, with path parameters taken from the path', () => {
    const violations = checkRequest('POST', CLONE, {
      newid: 101,
      name: 'web-01',
      full: true,
      target: 'pve2',
      storage: 'local-lvm',
    });

    expect(violations).toEqual([]);
  });

  it('names an endpoint the contract does not list', () => {
    const violations = checkRequest('POST', '/nodes/pve1/qemu/100/snapshot', {});

    expect(violations).toEqual([
      'POST /nodes/pve1/qemu/100/snapshot: not an endpoint of the contract (src/sim/pve-contract.json)',
    ]);
  });

  it('names unknown and missing parameters', () => {
    const violations = checkRequest('POST', CLONE, { name: 'web-01', colour: 'blue' });

    expect(violations).toEqual([
      `POST ${CLONE}: colour: property is not defined in schema and the schema does not allow additional properties`,
      `POST ${CLONE}: newid: property is missing and it is not optional`,
    ]);
  });

  it('checks types, ranges and enums', () => {
    const violations = checkRequest('GET', '/cluster/resources', { type: 'vms' });
    const range = checkRequest('POST', CLONE, { newid: 99 });
    const type = checkRequest('POST', CLONE, { newid: 'abc', full: 'maybe' });

    expect(violations).toEqual([
      "GET /cluster/resources: type: value 'vms' does not have a value in the enumeration 'vm, storage, node, sdn'",
    ]);
    expect(range).toEqual([`POST ${CLONE}: newid: value must have a minimum value of 100`]);
    expect(type).toEqual([
      `POST ${CLONE}: newid: type check ('integer') failed - got 'abc'`,
      `POST ${CLONE}: full: type check ('boolean') failed - got 'maybe'`,
    ]);
  });

  it('checks the VMID and node in the path', () => {
    const violations = checkRequest('GET', '/nodes/pve_1/qemu/12/config');

    expect(violations).toEqual([
      'GET /nodes/pve_1/qemu/12/config: node: value does not look like a valid node name',
      'GET /nodes/pve_1/qemu/12/config: vmid: value must have a minimum value of 100',
    ]);
  });

  it('checks patterns and named formats', () => {
    const size = checkRequest('PUT', '/nodes/pve1/qemu/101/resize', { disk: 'scsi0', size: '10 GB' });
    const keys = checkRequest('PUT', '/nodes/pve1/qemu/101/config', { sshkeys: 'ssh-ed25519 AAAA me@host' });
    const encoded = checkRequest('PUT', '/nodes/pve1/qemu/101/config', {
      sshkeys: encodeURIComponent('ssh-ed25519 AAAA me@host'),
    });
    const name = checkRequest('POST', CLONE, { newid: 101, name: 'web_01' });

    expect(size).toEqual(['PUT /nodes/pve1/qemu/101/resize: size: value does not match the regex pattern']);
    expect(keys).toEqual([
      'PUT /nodes/pve1/qemu/101/config: sshkeys: invalid urlencoded string: ssh-ed25519 AAAA me@host',
    ]);
    expect(encoded).toEqual([]);
    expect(name).toEqual([`POST ${CLONE}: name: value does not look like a valid DNS name`]);
  });

  it('knows indexed parameters and their limits', () => {
    const ok = checkRequest('POST', '/nodes/pve1/qemu/101/config', {
      net0: 'virtio,bridge=vmbr0',
      ipconfig0: 'ip=dhcp',
    });
    const tooHigh = checkRequest('POST', '/nodes/pve1/qemu/101/config', { net32: 'virtio,bridge=vmbr0' });

    expect(ok).toEqual([]);
    expect(tooHigh).toEqual([
      'POST /nodes/pve1/qemu/101/config: net32: property is not defined in schema and the schema does not allow additional properties',
    ]);
  });

  it('checks the keys of property strings ATLAS writes', () => {
    const model = checkRequest('POST', '/nodes/pve1/qemu/101/config', { net0: 'virtio2,bridge=vmbr0' });
    const alias = checkRequest('POST', '/nodes/pve1/qemu/101/config', {
      net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1',
    });
    const memory = checkRequest('PUT', '/nodes/pve1/qemu/101/config', {
      memory: '8',
      agent: 'enabled=1,colour=red',
    });
    const ip = checkRequest('PUT', '/nodes/pve1/qemu/101/config', { ipconfig0: 'ip=10.0.0.5,gw=10.0.0.1' });

    expect(model[0]).toContain("net0.model: value 'virtio2' does not have a value in the enumeration");
    expect(alias).toEqual([]);
    expect(memory).toEqual([
      'PUT /nodes/pve1/qemu/101/config: memory: invalid format - format error\nmemory.current: value must have a minimum value of 16',
      'PUT /nodes/pve1/qemu/101/config: agent: invalid format - format error\nagent.colour: property is not defined in schema and the schema does not allow additional properties',
    ]);
    expect(ip).toEqual([
      "PUT /nodes/pve1/qemu/101/config: ipconfig0: invalid format - format error\nip: invalid value '10.0.0.5'",
    ]);
  });
});

describe('the contract file', () => {
  it('holds the endpoints ATLAS uses, and only their parameters', () => {
    const clone = findEndpoint('POST', CLONE);

    expect(contract.endpoints).toHaveLength(22);
    expect(clone?.pathParams).toEqual({ node: 'pve1', vmid: '9000' });
    expect(clone?.endpoint.params.map((p) => p.name)).toContain('newid');
    expect(findEndpoint('GET', '/nodes/pve1/tasks/UPID%3Apve1%3A1/status')?.pathParams.upid).toBe(
      'UPID:pve1:1',
    );
  });
});
