import { describe, expect, it } from 'vitest';
import { UNKNOWN, type Value } from '../../../src/sim/terraform-provider/cty-value.ts';
import { decodeMsgpack } from '../../../src/sim/terraform-provider/msgpack-decode.ts';
import { encodeMsgpack } from '../../../src/sim/terraform-provider/msgpack-encode.ts';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

describe('the msgpack codec for cty values', () => {
  it('reads an object as cty writes it: attributes by name, numbers in their shortest form', () => {
    // {"cores": 4, "name": "web", "vm_id": 9000, "tags": ["a"], "started": true, "description": null}
    const bytes = hex(
      '86 a5636f726573 04 a46e616d65 a3776562 a5766d5f6964 cd2328 a474616773 91a161 a773746172746564 c3 ab6465736372697074696f6e c0',
    );

    const value = decodeMsgpack(bytes);

    expect(value).toEqual({
      cores: 4,
      name: 'web',
      vm_id: 9000,
      tags: ['a'],
      started: true,
      description: null,
    });
  });

  it("reads both of cty's unknown values: extension 0 and extension 12 (an unknown with refinements)", () => {
    const plain = hex('d4 00 00');
    // ext8, 3 bytes, type 12: the refinement map {1: true} (not null).
    const refined = hex('c7 03 0c 81 01 c3');

    expect(decodeMsgpack(plain)).toBe(UNKNOWN);
    expect(decodeMsgpack(hex(`92 ${refined.toString('hex')} a178`))).toEqual([UNKNOWN, 'x']);
  });

  it("writes UNKNOWN as cty's unknown value", () => {
    const bytes = encodeMsgpack({ id: UNKNOWN });

    expect(bytes.toString('hex')).toBe('81a26964d40000');
  });

  it.each([
    [0, '00'],
    [127, '7f'],
    [128, 'cc80'],
    [9000, 'cd2328'],
    [70000, 'ce00011170'],
    [-1, 'ff'],
    [-33, 'd0df'],
    [-40000, 'd2ffff63c0'],
    [1.5, 'cb3ff8000000000000'],
  ])('writes the number %d as %s and reads it back', (n, expected) => {
    const bytes = encodeMsgpack(n);

    expect(bytes.toString('hex')).toBe(expected);
    expect(decodeMsgpack(bytes)).toBe(n);
  });

  it('round-trips long strings, long lists and large objects', () => {
    const value: Value = {
      short: 'x'.repeat(31),
      str8: 'y'.repeat(200),
      str16: 'z'.repeat(70_000),
      list: Array.from({ length: 20 }, (_, i) => i),
      nested: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, [UNKNOWN, null, false]])),
      text: 'ünïcode ✓',
    };

    expect(decodeMsgpack(encodeMsgpack(value))).toEqual(value);
  });

  it('says what is wrong with bytes it cannot read', () => {
    expect(() => decodeMsgpack(hex('a5 6e61'))).toThrow(/cut short/);
    expect(() => decodeMsgpack(hex('c0 c0'))).toThrow(/trailing bytes/);
    expect(() => decodeMsgpack(hex('d4 05 00'))).toThrow(/extension type 5/);
  });

  it('reads no bytes as null', () => {
    expect(decodeMsgpack(new Uint8Array())).toBeNull();
  });
});
