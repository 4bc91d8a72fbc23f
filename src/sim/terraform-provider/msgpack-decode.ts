// A MessagePack reader for Terraform's DynamicValue: maps become objects, arrays arrays, and the
// extension types cty uses for unknown values (0, and 12 for unknowns with refinements) become UNKNOWN.
import { UNKNOWN, type Value, type ValueObject } from './cty-value.ts';

const UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;

class Reader {
  readonly #view: DataView;
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.#at >= this.#bytes.length;
  }

  #take(n: number): number {
    if (this.#at + n > this.#bytes.length) throw new Error(`msgpack: value cut short at byte ${this.#at}`);
    const at = this.#at;
    this.#at += n;
    return at;
  }

  u8 = (): number => this.#view.getUint8(this.#take(1));
  u16 = (): number => this.#view.getUint16(this.#take(2));
  u32 = (): number => this.#view.getUint32(this.#take(4));

  read(): Value {
    const byte = this.u8();
    if (byte <= 0x7f) return byte;
    if (byte >= 0xe0) return byte - 0x100;
    if (byte >= 0x80 && byte <= 0x8f) return this.#map(byte & 0x0f);
    if (byte >= 0x90 && byte <= 0x9f) return this.#array(byte & 0x0f);
    if (byte >= 0xa0 && byte <= 0xbf) return this.#string(byte & 0x1f);
    return this.#typed(byte);
  }

  #typed(byte: number): Value {
    const v = this.#view;
    switch (byte) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
      case 0xd9:
        return this.#string(this.u8());
      case 0xc5:
      case 0xda:
        return this.#string(this.u16());
      case 0xc6:
      case 0xdb:
        return this.#string(this.u32());
      case 0xc7:
        return this.#ext(this.u8());
      case 0xc8:
        return this.#ext(this.u16());
      case 0xc9:
        return this.#ext(this.u32());
      case 0xca:
        return v.getFloat32(this.#take(4));
      case 0xcb:
        return v.getFloat64(this.#take(8));
      case 0xcc:
        return this.u8();
      case 0xcd:
        return this.u16();
      case 0xce:
        return this.u32();
      case 0xcf:
        return Number(v.getBigUint64(this.#take(8)));
      case 0xd0:
        return v.getInt8(this.#take(1));
      case 0xd1:
        return v.getInt16(this.#take(2));
      case 0xd2:
        return v.getInt32(this.#take(4));
      case 0xd3:
        return Number(v.getBigInt64(this.#take(8)));
      case 0xd4:
        return this.#ext(1);
      case 0xd5:
        return this.#ext(2);
      case 0xd6:
        return this.#ext(4);
      case 0xd7:
        return this.#ext(8);
      case 0xd8:
        return this.#ext(16);
      case 0xdc:
        return this.#array(this.u16());
      case 0xdd:
        return this.#array(this.u32());
      case 0xde:
        return this.#map(this.u16());
      case 0xdf:
        return this.#map(this.u32());
      default:
        throw new Error(`msgpack: unsupported type byte 0x${byte.toString(16)}`);
    }
  }

  #string(length: number): string {
    const at = this.#take(length);
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + at, length).toString('utf8');
  }

  #array(length: number): Value[] {
    return Array.from({ length }, () => this.read());
  }

  #map(length: number): ValueObject {
    const object: ValueObject = {};
    for (let i = 0; i < length; i += 1) {
      const key = this.read();
      if (typeof key !== 'string') throw new Error('msgpack: map key is not a string');
      object[key] = this.read();
    }
    return object;
  }

  #ext(length: number): Value {
    const type = this.#view.getInt8(this.#take(1));
    this.#take(length);
    if (type === UNKNOWN_EXT || type === REFINED_UNKNOWN_EXT) return UNKNOWN;
    throw new Error(`msgpack: unsupported extension type ${type}`);
  }
}

/** Decodes one MessagePack value; empty input is null (Terraform sends no bytes for "no value"). */
export function decodeMsgpack(bytes: Uint8Array): Value {
  if (bytes.length === 0) return null;
  const reader = new Reader(bytes);
  const value = reader.read();
  if (!reader.done) throw new Error('msgpack: trailing bytes after the value');
  return value;
}
