import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';
import { HumanUser } from '../schemas/user';

/** An avatar image: a `Blob` / `File`, or its bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`). */
export type AvatarData = Blob | ArrayBuffer | ArrayBufferView;

const isBlob = (x: unknown): x is Blob => typeof Blob !== 'undefined' && x instanceof Blob;
const isArrayBuffer = (x: unknown): x is ArrayBuffer => Object.prototype.toString.call(x) === '[object ArrayBuffer]';
const isBinary = (x: unknown): x is AvatarData => isBlob(x) || isArrayBuffer(x) || ArrayBuffer.isView(x);
const byteSize = (x: AvatarData) => (isBlob(x) ? x.size : x.byteLength);

/** The `file` part of the avatar upload: the image, its filename and its content type. */
export interface IamAvatarPart {
  /** The image bytes. */
  data: AvatarData;
  /** The part's filename (e.g. `avatar.png`). */
  filename: string;
  /** The part's media type (e.g. `image/png`). */
  contentType: string;
}

/** The multipart body `createProfileAvatar` sends: one part named `file`. */
export interface IamAvatarBody {
  /** The `file` part: the image, its filename and its content type. */
  file: IamAvatarPart;
}

/** The multipart body: one part named `file`, with its filename and content type. */
export const AvatarBody: v.GenericSchema<IamAvatarBody, IamAvatarBody> = v.strictObject({
  file: v.strictObject({
    data: v.pipe(
      v.custom<AvatarData>(isBinary, 'Expected a Blob, File, Uint8Array or ArrayBuffer'),
      v.check((d) => byteSize(d) > 0, 'The file is empty'),
    ),
    filename: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    contentType: v.pipe(v.string(), v.regex(/^[\w.+-]+\/[\w.+-]+$/, 'Expected a media type such as image/png')),
  }),
});

/** `POST /users/me/avatar/`: uploads the authenticated user's avatar (`multipart/form-data`, part `file`) and returns the user (201). */
export const createProfileAvatar = defineEndpoint({
  operation: 'createProfileAvatar',
  method: 'POST',
  path: '/users/me/avatar/',
  contentType: 'multipart',
  body: AvatarBody,
  response: HumanUser,
  success: [201],
  idempotent: false,
  summary: 'Create profile avatar.',
  docs: `${DOCS}#create_profile_avatar`,
});

// Magic numbers of the image formats an avatar is likely to be in.
const SIGNATURES: [string, number, number[]][] = [
  ['image/png', 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', 0, [0xff, 0xd8, 0xff]],
  ['image/gif', 0, [0x47, 0x49, 0x46, 0x38]],
  ['image/webp', 8, [0x57, 0x45, 0x42, 0x50]],
];
const EXTENSIONS: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp' };

function sniff(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, at, sig]) => sig.every((b, i) => bytes[at + i] === b))?.[0];
}

/**
 * The `file` part for `createProfileAvatar`: the content type is the one given, else the Blob's,
 * else sniffed from the bytes (PNG, JPEG, GIF, WebP), else `application/octet-stream`; the filename
 * is the one given, else the File's, else `avatar` with the type's extension. Anything that is not
 * binary is passed on unchanged for the body schema to refuse.
 */
export function avatarPart(file: unknown, options: { filename?: string | undefined; contentType?: string | undefined } = {}) {
  if (!isBinary(file))
    return {
      data: file as AvatarData,
      filename: options.filename ?? 'avatar',
      contentType: options.contentType ?? 'application/octet-stream',
    };
  const bytes = isBlob(file)
    ? undefined
    : ArrayBuffer.isView(file)
      ? new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
      : new Uint8Array(file);
  const contentType = options.contentType ?? ((isBlob(file) ? file.type : bytes && sniff(bytes)) || 'application/octet-stream');
  const filename = options.filename ?? ((file as Partial<File>).name || `avatar${EXTENSIONS[contentType] ?? ''}`);
  // Bytes travel as a Blob: one copy, so a retry sends what was given even if the caller reuses the buffer.
  return { data: bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }) : file, filename, contentType };
}
