// Loaded with `node --import` before a README block runs (vitest blocks: through NODE_OPTIONS): every fetch goes to the packages' own
// mocks (no network); `baseURL` and `mock` are globals a block may use; `process.env.X` names the
// block reads are set to placeholders. Exits 1 if a request matched no fixture.
const vendors = JSON.parse(process.env.ACCT_README_VENDORS ?? '[]');
const mocks = await Promise.all(vendors.map(async (v) => (await import(`@acct/${v}/testing`)).createMockFetch()));
for (const name of JSON.parse(process.env.ACCT_README_ENV ?? '[]')) process.env[name] ??= `readme-${name.toLowerCase()}`;

globalThis.baseURL = mocks.length === 1 ? mocks[0].baseURL : 'https://example.invalid';
globalThis.mock = mocks[0];
const realFetch = globalThis.fetch;
// Requests no mock answered: a miss on one vendor's mock that another answers is no problem (several mocks: core, root).
const unmatched = [];
globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  // A block's own mock server (127.0.0.1) is reached as is.
  if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(request.url)) return realFetch(request);
  const path = new URL(request.url).pathname + new URL(request.url).search;
  let answer;
  for (const m of mocks) {
    answer = await m(new Request(`http://mock.invalid${path}`, request.clone()));
    if (answer.headers.get('x-acct-mock') !== 'no-match') return answer;
  }
  unmatched.push(mocks.length ? mocks.map((m) => m.problems.at(-1)).join('\n') : `no mock for ${request.method} ${path}`);
  return answer ?? new Response('no mock', { status: 599, headers: { 'x-acct-mock': 'no-match' } });
};
process.on('exit', () => {
  if (unmatched.length) {
    console.error(unmatched.join('\n'));
    process.exitCode = 1;
  }
});
