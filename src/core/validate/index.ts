export { type Limit, type LimitKind, limitFor, limitHint, overLimit } from './limits.ts';
export { nextFreeName } from './next-free-name.ts';
export { validateCreate, type World } from './validate-create.ts';
