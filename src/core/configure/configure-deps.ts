import type { Configurator } from '../../ports/configurator.ts';
import type { WorkerDeps } from '../deps.ts';

/** What the apply flow needs beyond an engine: the configure step, when this worker can run one. */
export interface ConfigureDeps {
  configurator?: Configurator;
}

export type ApplyDeps = WorkerDeps & ConfigureDeps;
