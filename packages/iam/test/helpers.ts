import { type Handler, reply } from '@acct/harness';
import { serve } from '@acct/harness/serve';
import { createIamClient, type IamClientOptions } from '../src/index';

/** Starts a loopback server and a client pointed at its `/iam/v1`, with an API key unless told. */
export async function setup(handler: Handler, options: Partial<IamClientOptions> = {}) {
  const server = await serve(handler);
  const credentials = 'accessToken' in options || 'getAccessToken' in options ? {} : { apiKey: 'iam-test-key-123' };
  // Tests combine credentials freely (the runtime checks are under test): the union type is bypassed here.
  const iam = createIamClient({ baseURL: `${server.url}/iam/v1`, retryDelay: 1, ...credentials, ...options } as IamClientOptions);
  return { server, iam };
}

/** A JSON answer. */
export const json =
  (status: number, body?: unknown): Handler =>
  (_req, res) =>
    reply(res, status, body);

/** A human user as the spec describes it. */
export const human = { user_type: 'Human', id: 'usr_01', first_name: 'Ann', email: 'ann@example.com', state: 'USER_STATE_ACTIVE' };

/** Reads a multipart request the way a server would. */
export function formData(req: { raw: Buffer; headers: Record<string, string> }): Promise<FormData> {
  return new Response(new Uint8Array(req.raw), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
}

/** What a failed call threw, with the fields the @acct errors carry. */
export type CallError = Error & { issues: { path: string; message: string }[]; status: number; body: unknown; attempts: number };

/** The error a call failed with; fails the test when the call resolves. */
export async function failure(call: Promise<unknown>): Promise<CallError> {
  try {
    await call;
  } catch (error) {
    return error as CallError;
  }
  throw new Error('expected the call to fail');
}
