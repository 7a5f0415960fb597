// The bench's loopback ThoughtSpot, in its own process so its work never lands in the client's
// timings. POST /api/rest/2.0/auth/token/full issues a token; POST /api/rest/2.0/users/search pages
// through `users` synthetic users (record_size -1: all of them). GET /__stats, POST /__reset.
import { createServer } from 'node:http';

const total = Number(process.env.USERS ?? 10);
const user = (i) => ({
  id: `0f1c2d3e-${String(i).padStart(4, '0')}-4a5b-8c9d-${String(i).padStart(12, '0')}`,
  name: `user${i}`,
  display_name: `User Number ${i}`,
  visibility: 'SHARABLE',
  author_id: '59481331-ee53-42be-a548-bd87be6ddd4a',
  can_change_password: true,
  complete_detail: true,
  creation_time_in_millis: 1700000000000 + i,
  current_org: { id: 0, name: 'Primary' },
  deleted: false,
  deprecated: false,
  account_type: 'LOCAL_USER',
  account_status: 'ACTIVE',
  email: `user${i}@example.com`,
  external: false,
  favorite_metadata: [],
  first_login_time_in_millis: 1700000000500,
  group_mask: 4,
  hidden: false,
  home_liveboard: null,
  incomplete_details: null,
  is_first_login: false,
  modification_time_in_millis: 1700000001000,
  modifier_id: '59481331-ee53-42be-a548-bd87be6ddd4a',
  notify_on_share: true,
  onboarding_experience_completed: true,
  orgs: [{ id: 0, name: 'Primary' }],
  owner_id: '59481331-ee53-42be-a548-bd87be6ddd4a',
  parent_type: 'USER',
  privileges: ['AUTHORING'],
  show_onboarding_experience: false,
  super_user: false,
  system_user: false,
  tags: [],
  tenant_id: 'tenant-1',
  user_groups: [{ id: 'b25ee394-9d13-49e3-9385-cd97f5b253b4', name: 'All' }],
  user_inherited_groups: [],
  welcome_email_sent: true,
});
const page = (offset, size) => {
  const end = size === -1 ? total : Math.min(total, offset + size);
  const out = [];
  for (let i = offset; i < end; i++) out.push(user(i));
  return out;
};
const small = JSON.stringify(page(0, total));
const stats = { token: 0, search: 0 };

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const json = (status, body) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
    if (req.url === '/__stats') return json(200, stats);
    if (req.url === '/__reset') return json(200, Object.assign(stats, { token: 0, search: 0 }));
    if (req.url === '/api/rest/2.0/auth/token/full') {
      stats.token++;
      const now = Date.now();
      return json(200, {
        token: `bench-token-${stats.token}`,
        creation_time_in_millis: now,
        expiration_time_in_millis: now + 300_000,
        valid_for_user_id: 'u',
        valid_for_username: 'bench',
        scope: { access_type: 'FULL', org_id: 0 },
      });
    }
    if (req.url === '/api/rest/2.0/users/search') {
      stats.search++;
      if (total <= 10) return json(200, small);
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      return json(200, page(body.record_offset ?? 0, body.record_size ?? 10));
    }
    json(404, { error: 'not found' });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.(server.address().port));
