import { chatAdapterContract } from './chat-contract.ts';
import { slackHarness } from './slack-harness.ts';

chatAdapterContract('slack', slackHarness);
