// Discord ids: milliseconds since 2015 shifted left 22 bits, plus a counter. 18-19 digits, like the real ones.
const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter);
}
