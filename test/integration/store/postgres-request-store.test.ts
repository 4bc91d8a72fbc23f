import { postgresDatabase } from '../../support/services.ts';
import { requestStoreContract } from './request-store-contract.ts';

requestStoreContract('PostgreSQL', postgresDatabase);
