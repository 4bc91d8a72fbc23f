import { requestStoreContract } from './request-store-contract.ts';
import { pgliteDatabase } from './services.ts';

requestStoreContract('PGlite', pgliteDatabase);
