// GET /nodes/{node}/tasks/{upid}/status and .../log.
import type { Handler, SimCall, SimContext } from '../context.ts';
import { Reply } from '../context.ts';
import { paramError } from '../sim-error.ts';
import type { SimTask } from '../types.ts';
import { parseUpid } from '../upid.ts';

function findTask(ctx: SimContext, call: SimCall): SimTask {
  const upid = call.params.upid ?? '';
  if (!parseUpid(upid)) throw paramError({ upid: 'unable to parse worker upid' });
  const task = ctx.state.task(upid);
  if (!task || task.node !== call.params.node) throw paramError({ upid: 'no such task' });
  return task;
}

export const taskStatus: Handler = (ctx, call) => {
  const task = findTask(ctx, call);
  const { upid, node, pid, pstart, starttime, type, id, user, status, exitstatus } = task;
  return {
    upid,
    node,
    pid,
    pstart,
    starttime,
    type,
    id,
    user,
    status,
    ...(exitstatus === undefined ? {} : { exitstatus }),
  };
};

export const taskLog: Handler = (ctx, call) => {
  const task = findTask(ctx, call);
  const start = Number(call.params.start ?? 0);
  const limit = Number(call.params.limit ?? 50);
  const lines = task.log.map((t, index) => ({ n: index + 1, t }));
  return new Reply(lines.slice(start, start + limit), { total: lines.length });
};
