import { chatAdapterContract } from './chat-contract.ts';
import { discordHarness } from './discord-harness.ts';

chatAdapterContract('discord', discordHarness);
