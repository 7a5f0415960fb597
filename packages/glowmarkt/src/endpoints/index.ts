import { authenticate } from './authenticate';
import * as operations from './operations';

/** The operations the client's methods are built from, keyed by method name (see `operations.ts`). */
export { operations };

/** Every endpoint declaration, the login included (for tools and tests), keyed by method name. */
export const endpoints: typeof operations & { authenticate: typeof authenticate } = { authenticate, ...operations };
