import { pgliteDatabase } from '../../support/services.ts';
import { requestStoreContract } from './request-store-contract.ts';

requestStoreContract('PGlite', pgliteDatabase);
