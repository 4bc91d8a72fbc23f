// The provider's logger: the project's Logger port, as observability/ builds it (reached through its
// implementation, since the provider stand-in does not import ports/).
import type { createLogger } from '../../observability/logger.ts';

export type Log = ReturnType<typeof createLogger>;
