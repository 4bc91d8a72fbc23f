// A MessagePack writer for Terraform's DynamicValue. Integers use the shortest integer form and other
// numbers float64, as cty does; UNKNOWN is cty's unknown value (fixext1, type 0, one zero byte).
import { isObject, UNKNOWN, type Value } from './cty-value.ts';

const UNKNOWN_BYTES = [0xd4, 0x00, 0x00];

class Writer {
  readonly #chunks: Buffer[] = [];

  bytes(): Buffer {
    return Buffer.concat(this.#chunks);
  }

  #raw(bytes: number[]): void {
    this.#chunks.push(Buffer.from(bytes));
  }

  #typed(byte: number, size: number, write: (b: Buffer) => void): void {
    const b = Buffer.alloc(1 + size);
    b[0] = byte;
    write(b);
    this.#chunks.push(b);
  }

  write(value: Value): void {
    if (value === null) this.#raw([0xc0]);
    else if (value === UNKNOWN) this.#raw(UNKNOWN_BYTES);
    else if (typeof value === 'boolean') this.#raw([value ? 0xc3 : 0xc2]);
    else if (typeof value === 'number') this.#number(value);
    else if (typeof value === 'string') this.#string(value);
    else if (Array.isArray(value)) {
      this.#length(value.length, 0x90, 0xdc, 0xdd);
      for (const item of value) this.write(item);
    } else if (isObject(value)) {
      const entries = Object.entries(value);
      this.#length(entries.length, 0x80, 0xde, 0xdf);
      for (const [key, item] of entries) {
        this.#string(key);
        this.write(item);
      }
    }
  }

  #number(n: number): void {
    if (!Number.isSafeInteger(n)) this.#typed(0xcb, 8, (b) => b.writeDoubleBE(n, 1));
    else if (n >= 0 && n <= 0x7f) this.#raw([n]);
    else if (n < 0 && n >= -32) this.#raw([0x100 + n]);
    else if (n >= 0) this.#unsigned(n);
    else this.#signed(n);
  }

  #unsigned(n: number): void {
    if (n <= 0xff) this.#raw([0xcc, n]);
    else if (n <= 0xffff) this.#typed(0xcd, 2, (b) => b.writeUInt16BE(n, 1));
    else if (n <= 0xffffffff) this.#typed(0xce, 4, (b) => b.writeUInt32BE(n, 1));
    else this.#typed(0xcf, 8, (b) => b.writeBigUInt64BE(BigInt(n), 1));
  }

  #signed(n: number): void {
    if (n >= -0x80) this.#typed(0xd0, 1, (b) => b.writeInt8(n, 1));
    else if (n >= -0x8000) this.#typed(0xd1, 2, (b) => b.writeInt16BE(n, 1));
    else if (n >= -0x80000000) this.#typed(0xd2, 4, (b) => b.writeInt32BE(n, 1));
    else this.#typed(0xd3, 8, (b) => b.writeBigInt64BE(BigInt(n), 1));
  }

  #string(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    const n = bytes.length;
    if (n <= 31) this.#raw([0xa0 | n]);
    else if (n <= 0xff) this.#raw([0xd9, n]);
    else if (n <= 0xffff) this.#typed(0xda, 2, (b) => b.writeUInt16BE(n, 1));
    else this.#typed(0xdb, 4, (b) => b.writeUInt32BE(n, 1));
    this.#chunks.push(bytes);
  }

  #length(n: number, fix: number, wide16: number, wide32: number): void {
    if (n <= 15) this.#raw([fix | n]);
    else if (n <= 0xffff) this.#typed(wide16, 2, (b) => b.writeUInt16BE(n, 1));
    else this.#typed(wide32, 4, (b) => b.writeUInt32BE(n, 1));
  }
}

export function encodeMsgpack(value: Value): Buffer {
  const writer = new Writer();
  writer.write(value);
  return writer.bytes();
}
