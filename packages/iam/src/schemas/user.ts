import type { Assert, Same } from '@acct/core';
import { entity, type JsonValue, jsonValue, openEnum } from '@acct/core';
import * as v from 'valibot';
import { type IamUserConfig, UserConfig } from './user-config';

/** The `state` values the vendor's spec lists; newer ones arrive as strings and are kept. */
export const USER_STATES = [
  'USER_STATE_UNSPECIFIED',
  'USER_STATE_ACTIVE',
  'USER_STATE_INACTIVE',
  'USER_STATE_DELETED',
  'USER_STATE_LOCKED',
  'USER_STATE_SUSPEND',
  'USER_STATE_INITIAL',
] as const;

/** A user's account state: one of `USER_STATES`, or a value the vendor added since (kept as a string). */
export type IamUserState = (typeof USER_STATES)[number] | (string & {});

/** The organization a user or service account belongs to (`ListOrganization`); all but `id` may be `null` or absent. */
export interface IamOrganization {
  /** The organization's identifier (always present). */
  id: string;
  /** The organization's display name. */
  name?: string | null | undefined;
  /** The organization's business identifier at EazyRent (distinct from `id`). */
  organization_id?: string | null | undefined;
  /** The identifier of the organization's rent insurance contract, when it has one. */
  insurance_id?: string | null | undefined;
  /** The organization's logo, in the form the server stores it (any JSON value; often an image URL). */
  logo?: JsonValue | null | undefined;
  /** The company registration number (SIREN/SIRET for a French company). */
  registration_number?: string | null | undefined;
  /** The postal address, as one line of text. */
  address?: string | null | undefined;
  /** The organization's account type at EazyRent, as the server names it. */
  account_type?: string | null | undefined;
}

/** A human user (`User`, `user_type: "Human"`); all but `user_type` and `id` may be `null` or absent. */
export interface IamUser {
  /** Always `"Human"`: tells a user from a service account in `getMyUser`'s answer. */
  user_type: 'Human';
  /** The user's identifier (always present). */
  id: string;
  /** First name. */
  first_name?: string | null | undefined;
  /** Last name. */
  last_name?: string | null | undefined;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Phone number, as stored (e.g. `+33612345678`). */
  phone?: string | null | undefined;
  /** The avatar image's address, set by `createProfileAvatar`; `null` when there is none. */
  avatar?: string | null | undefined;
  /** Account state: `USER_STATE_ACTIVE`, `_INACTIVE`, `_DELETED`, `_LOCKED`, `_SUSPEND`, `_INITIAL` or `_UNSPECIFIED`. */
  state?: IamUserState | null | undefined;
  /** The user's settings, as `getMyConfig` returns them. */
  config?: IamUserConfig | null | undefined;
  /** The organization the user belongs to. */
  organization?: IamOrganization | null | undefined;
  /** When the user was last changed: an ISO 8601 date-time string. */
  updated_at?: string | null | undefined;
}

/** A machine user (`ServiceAccount`, `user_type: "Machine"`); all but `user_type` and `id` may be `null` or absent. */
export interface IamServiceAccount {
  /** Always `"Machine"`: tells a service account from a user in `getMyUser`'s answer. */
  user_type: 'Machine';
  /** The service account's identifier (always present). */
  id: string;
  /** The service account's name. */
  name?: string | null | undefined;
  /** When the service account was last changed: an ISO 8601 date-time string. */
  updated_at?: string | null | undefined;
  /** The organization the service account belongs to. */
  organization?: IamOrganization | null | undefined;
}

/** What `getMyUser` returns (`ResponseGetMyUser`): narrow it with `user_type`. */
export type IamCurrentUser = IamUser | IamServiceAccount;

const OrganizationEntity = entity(
  { id: v.string() },
  {
    name: v.string(),
    organization_id: v.string(),
    insurance_id: v.string(),
    logo: jsonValue(),
    registration_number: v.string(),
    address: v.string(),
    account_type: v.string(),
  },
);
const Organization: v.GenericSchema<unknown, IamOrganization> = OrganizationEntity;

const HumanEntity = entity(
  { user_type: v.literal('Human'), id: v.string() },
  {
    first_name: v.string(),
    last_name: v.string(),
    email: v.string(),
    phone: v.string(),
    avatar: v.string(),
    state: openEnum(USER_STATES),
    config: UserConfig,
    organization: Organization,
    updated_at: v.string(),
  },
);

const MachineEntity = entity(
  { user_type: v.literal('Machine'), id: v.string() },
  { name: v.string(), updated_at: v.string(), organization: Organization },
);

type _Checks = [
  Assert<Same<IamOrganization, v.InferOutput<typeof OrganizationEntity>>>,
  Assert<Same<IamUser, v.InferOutput<typeof HumanEntity>>>,
  Assert<Same<IamServiceAccount, v.InferOutput<typeof MachineEntity>>>,
];

/** `User` as the server returns it: `user_type` and `id` required, other fields type-checked when present, new ones kept. */
export const HumanUser: v.GenericSchema<unknown, IamUser> = HumanEntity;

/**
 * `ResponseGetMyUser`: a `User` or a `ServiceAccount`, told apart by `user_type`. A `user_type`
 * other than `Human` / `Machine` is refused: without it the union could not be narrowed.
 */
export const CurrentUser: v.GenericSchema<unknown, IamCurrentUser> = v.variant('user_type', [HumanEntity, MachineEntity]);
