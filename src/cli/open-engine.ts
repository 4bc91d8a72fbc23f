import type { Engine } from '../ports/engine.ts';
import type { Logger } from '../ports/logger.ts';
import { chooseEngine, describeEngine, type EngineChoice } from './engine-choice.ts';
import type { TerraformWiring } from './terraform-wiring.ts';

export interface OpenedEngine {
  engine: Engine;
  choice: EngineChoice;
  close(): Promise<void>;
}

/** The engine ATLAS_ENGINE settles on, built and named in the log: Terraform over the API engine, or the API engine. */
export async function openEngine(wiring: TerraformWiring & { logger: Logger }): Promise<OpenedEngine> {
  const choice = await chooseEngine(wiring.config);
  if (choice.name === 'api') {
    wiring.logger.info({ engine: 'api', why: choice.why }, `engine: ${describeEngine(choice)}`);
    return { engine: wiring.base, choice, close: async () => undefined };
  }
  const { openTerraformEngine } = await import('./terraform-wiring.ts');
  const terraform = await openTerraformEngine(wiring);
  wiring.logger.info(
    {
      engine: 'terraform',
      version: choice.version,
      workDir: terraform.workDir,
      state: wiring.databaseUrl ? 'pg' : 'local',
    },
    `engine: ${describeEngine(choice)}`,
  );
  return { engine: terraform.engine, choice, close: terraform.close };
}
