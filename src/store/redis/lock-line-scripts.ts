// Lua scripts of RedisLockLine: each runs atomically inside Redis.

/** KEYS: line, counter. ARGV: member, expiry ms. Queues the member at the end unless it is in line. */
export const JOIN_LINE = `
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local n = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], n, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return n`;

/**
 * KEYS: line. ARGV: member, heartbeat key prefix. Drops the members ahead whose heartbeat expired, then
 * returns { the member's place (0 = holds the lock, -1 = not in line), the member first in line }.
 */
export const TURN = `
local rank = redis.call('ZRANK', KEYS[1], ARGV[1])
if not rank then return {-1, ''} end
if rank > 0 then
  for _, m in ipairs(redis.call('ZRANGE', KEYS[1], 0, rank - 1)) do
    local ticket = string.match(m, '|(.*)$')
    if not ticket or redis.call('EXISTS', ARGV[2] .. ticket) == 0 then redis.call('ZREM', KEYS[1], m) end
  end
  rank = redis.call('ZRANK', KEYS[1], ARGV[1])
end
return {rank, redis.call('ZRANGE', KEYS[1], 0, 0)[1] or ''}`;

/** KEYS: line. ARGV: member. */
export const LEAVE_LINE = `return redis.call('ZREM', KEYS[1], ARGV[1])`;
