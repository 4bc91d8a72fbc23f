import { chatAdapterContract } from './chat-contract.ts';
import { consoleHarness } from './console-harness.ts';

chatAdapterContract('console', consoleHarness);
