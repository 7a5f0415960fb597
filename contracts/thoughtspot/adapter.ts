import { defineAdapter } from '@acct/harness';
import { createThoughtSpotClient, endpoints, getFullAccessToken, revokeToken, type ThoughtSpotClient } from '@acct/thoughtspot';

type Method = (...args: unknown[]) => unknown;
// Arguments before the options object: the identifier of deleteUser; identifier and body of updateUser; else the body.
const POSITIONAL: Record<string, number> = { deleteUser: 1, updateUser: 2 };

export default defineAdapter<ThoughtSpotClient>({
  vendor: 'thoughtspot',
  basePath: '',
  // The login is declared so its fixtures have a key; it has no method and happens on the first call.
  endpoints: { ...endpoints, getFullAccessToken, revokeToken },
  aliases: { searchUsersAll: 'searchUsers' },
  credentials: {
    token: 'ts-fake-bearer-token-0001',
    refreshedToken: 'ts-fake-bearer-token-0002',
    username: 'ts-fake-admin',
    password: 'ts-fake-password-0001',
    secretKey: 'ts-fake-secret-key-0001',
  },
  // No realBaseURL: every customer has their own cluster.
  env: { baseURL: 'THOUGHTSPOT_BASE_URL', username: 'THOUGHTSPOT_USERNAME', password: 'THOUGHTSPOT_PASSWORD' },
  defaultAuth: 'token',
  createClient: ({ auth, credentials: c, ...options }) => {
    if (auth === 'token') return createThoughtSpotClient({ ...options, token: c.token! });
    if (auth === 'password') return createThoughtSpotClient({ ...options, username: c.username!, password: c.password! });
    if (auth === 'secretKeyOrg')
      return createThoughtSpotClient({ ...options, username: c.username!, secretKey: c.secretKey!, orgId: 1, tokenValiditySeconds: 600 });
    if (auth === 'secretKeyJit')
      return createThoughtSpotClient({
        ...options,
        username: c.username!,
        secretKey: c.secretKey!,
        orgId: 1,
        autoCreate: true,
        email: 'new.user@example.com',
        displayName: 'New User',
        groupIdentifiers: ['Analysts'],
        userParameters: { runtime_filters: [{ column_name: 'Region', operator: 'IN', values: ['EMEA'], persist: false }] },
      });
    throw new Error(`thoughtspot: unknown auth mode ${auth}`);
  },
  call: async (client, operation, args, options) => {
    // ['searchUsers', body]: search (a login), revoke, search again (a new login); else revokeToken(options).
    if (operation === 'revokeToken') {
      if (args[0] !== 'searchUsers') return client.revokeToken((args[0] ?? options) as never);
      await client.searchUsers(args[1] as never);
      await client.revokeToken();
      return client.searchUsers(args[1] as never);
    }
    const method = operation === 'getFullAccessToken' ? 'searchUsers' : operation;
    const n = POSITIONAL[method] ?? 1;
    // Call options join the method's own options argument (`{ allUsers }`, `{ pageSize }`).
    const own = args[n] as object | undefined;
    const call = [...Array.from({ length: n }, (_, i) => args[i]), ...(own || options ? [{ ...own, ...options }] : [])];
    if (method !== 'searchUsersAll') return (client[method as keyof ThoughtSpotClient] as Method)(...call);
    const users = [];
    for await (const user of client.searchUsersAll(...(call as Parameters<ThoughtSpotClient['searchUsersAll']>))) users.push(user);
    return users;
  },
});
