import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../src/index';
import { failure, formData, human, json, setup } from './helpers';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);

async function upload(file: unknown, options?: { filename?: string; contentType?: string }) {
  const { server, iam } = await setup(json(201, { ...human, avatar: 'https://cdn.example/avatar.png' }));
  const user = await iam.createProfileAvatar(file as Blob, options);
  const req = server.requests[0]!;
  const part = (await formData(req)).get('file') as File;
  return { user, req, part, bytes: new Uint8Array(await part.arrayBuffer()) };
}

describe('createProfileAvatar', () => {
  it('posts multipart/form-data with the part named file, and returns the user on 201', async () => {
    const { user, req, part, bytes } = await upload(PNG, { filename: 'me.png', contentType: 'image/png' });
    expect(req).toMatchObject({ method: 'POST', path: '/iam/v1/users/me/avatar/' });
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.headers.authorization).toBe('Token iam-test-key-123');
    expect(part).toMatchObject({ name: 'me.png', type: 'image/png', size: PNG.length });
    expect(bytes).toEqual(PNG);
    expect(user).toMatchObject({ user_type: 'Human', avatar: 'https://cdn.example/avatar.png' });
  });

  it.each([
    ['a File', () => new File([JPEG], 'face.jpg', { type: 'image/jpeg' }), 'face.jpg', 'image/jpeg'],
    ['a Blob with a type', () => new Blob([JPEG], { type: 'image/jpeg' }), 'avatar.jpg', 'image/jpeg'],
    ['a Blob without a type', () => new Blob([JPEG]), 'avatar', 'application/octet-stream'],
    ['PNG bytes', () => PNG, 'avatar.png', 'image/png'],
    ['a JPEG Buffer', () => Buffer.from(JPEG), 'avatar.jpg', 'image/jpeg'],
    ['a WebP ArrayBuffer', () => WEBP.slice().buffer, 'avatar.webp', 'image/webp'],
    ['unknown bytes', () => new Uint8Array([1, 2, 3]), 'avatar', 'application/octet-stream'],
  ])('sends %s with a filename and content type', async (_name, make, filename, type) => {
    const { part } = await upload(make());
    expect(part).toMatchObject({ name: filename, type });
  });

  it('sends only the bytes of a view into a larger buffer', async () => {
    const backing = new Uint8Array([9, 9, ...PNG, 9]);
    const { bytes, part } = await upload(backing.subarray(2, 2 + PNG.length));
    expect(bytes).toEqual(PNG);
    expect(part.type).toBe('image/png');
  });

  it.each([
    ['an empty Uint8Array', new Uint8Array(0), 'The file is empty'],
    ['an empty Blob', new Blob([]), 'The file is empty'],
    ['a string', 'iVBORw0KGgo=', 'Expected a Blob, File, Uint8Array or ArrayBuffer'],
    ['a plain object', { data: [1, 2] }, 'Expected a Blob, File, Uint8Array or ArrayBuffer'],
    ['null', null, 'Expected a Blob, File, Uint8Array or ArrayBuffer'],
  ])('refuses %s before sending', async (_name, file, message) => {
    const { server, iam } = await setup(json(201, human));
    const error = await failure(iam.createProfileAvatar(file as Blob));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: 'body.file.data', message }]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an empty filename or a content type that is not a media type', async () => {
    const { server, iam } = await setup(json(201, human));
    const error = await failure(iam.createProfileAvatar(PNG, { filename: '', contentType: 'png' }));
    expect(error.issues.map((i) => i.path)).toEqual(['body.file.filename', 'body.file.contentType']);
    expect(server.requests).toHaveLength(0);
  });

  it.each([null, 'me.png', 5])('refuses options %j that are not an object, before sending', async (options) => {
    const { server, iam } = await setup(json(201, human));
    const error = await failure(iam.createProfileAvatar(PNG, options as never));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [
      'a Proxy that throws as the file',
      () => [
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('proxy boom');
            },
          },
        ),
      ],
      'proxy boom',
    ],
    [
      'options whose filename getter throws',
      () => [
        PNG,
        {
          get filename(): string {
            throw new Error('filename boom');
          },
        },
      ],
      'filename boom',
    ],
    [
      'options that are a throwing Proxy',
      () => [
        PNG,
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('options boom');
            },
          },
        ),
      ],
      'options boom',
    ],
  ])('rejects (never throws) with a RequestValidationError for %s, sending nothing', async (_name, args, reason) => {
    const { server, iam } = await setup(json(201, human));
    const [file, options] = args() as [Blob, never];
    let pending: ReturnType<typeof iam.createProfileAvatar> | undefined;
    expect(() => {
      pending = iam.createProfileAvatar(file, options);
    }).not.toThrow();
    expect(typeof pending?.withResponse).toBe('function');
    const error = await failure(pending!);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain(`createProfileAvatar: [POST] "${server.url}/iam/v1/users/me/avatar/": the input could not be read`);
    expect(error.message).toContain(reason);
    expect(server.requests).toHaveLength(0);
  });

  it('reads the filename and content type once per call', async () => {
    let reads = 0;
    const options = {
      get filename() {
        reads++;
        return 'me.png';
      },
    };
    const { server, iam } = await setup(json(201, human));
    await iam.createProfileAvatar(PNG, options);
    expect(reads).toBe(1);
    expect((await formData(server.requests[0]!)).get('file')).toMatchObject({ name: 'me.png', type: 'image/png' });
  });

  it('is not retried after a 500 (an upload is not idempotent), but is after a 503', async () => {
    const { server, iam } = await setup((_req, res, n) =>
      json(n === 0 ? 503 : n === 1 ? 201 : 500, n === 1 ? human : { detail: 'boom' })(_req, res, n),
    );
    await expect(iam.createProfileAvatar(PNG)).resolves.toMatchObject({ id: 'usr_01' });
    await expect(iam.createProfileAvatar(PNG)).rejects.toMatchObject({ name: 'InternalServerError', attempts: 1 });
    expect(server.requests).toHaveLength(3);
    expect((await formData(server.requests[1]!)).get('file')).toBeInstanceOf(File);
  });
});
