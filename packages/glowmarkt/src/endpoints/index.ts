import { authenticate } from './authenticate';
import * as operations from './operations';
import { renewToken } from './renew-token';

/** The operations the client's methods are built from, keyed by method name (see `operations.ts`). */
export { operations };

/** Every endpoint declaration, the login and the renewal included (for tools and tests), keyed by method name. */
export const endpoints: typeof operations & { authenticate: typeof authenticate; renewToken: typeof renewToken } = {
  authenticate,
  renewToken,
  ...operations,
};
