import { requestStoreContract } from './request-store-contract.ts';
import { postgresDatabase } from './services.ts';

requestStoreContract('PostgreSQL', postgresDatabase);
