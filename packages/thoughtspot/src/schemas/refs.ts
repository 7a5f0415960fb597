import type { Assert, Same } from '@acct/core';
import { entity, openEnum } from '@acct/core';
import * as v from 'valibot';

/** `Org`: an Org the user belongs to. */
export interface ThoughtSpotOrg {
  /** The ID of the Org. */
  id: number;
  /** Name of the Org; may be `null` or absent. */
  name?: string | null;
}

/** `ObjectIDAndName`: a reference to a group, tag or Liveboard; either field may be `null` or absent. */
export interface ThoughtSpotObjectRef {
  /** The unique identifier (GUID) of the object. */
  id?: string | null;
  /** Name of the object. */
  name?: string | null;
}

/** Metadata types a favorite can have; ThoughtSpot may add more, which pass through as strings. */
export const FAVORITE_TYPES = [
  ...['LIVEBOARD', 'ANSWER', 'LOGICAL_TABLE', 'LOGICAL_COLUMN', 'CONNECTION'],
  ...['TAG', 'USER', 'USER_GROUP', 'LOGICAL_RELATIONSHIP'],
] as const;

/** `FavoriteMetadataItem`: one of the user's favorite objects. */
export interface ThoughtSpotFavorite {
  /** Unique ID of the metadata object. */
  id: string;
  /** Name of the metadata object. */
  name?: string | null;
  /** Type of the metadata object (`LIVEBOARD`, `ANSWER`, `LOGICAL_TABLE`, …); newer types pass through. */
  type?: (typeof FAVORITE_TYPES)[number] | (string & {}) | null;
}

const org = entity({ id: v.number() }, { name: v.string() });
const ref = entity({}, { id: v.string(), name: v.string() });
const favorite = entity({ id: v.string() }, { name: v.string(), type: openEnum(FAVORITE_TYPES) });

/** Reads an `Org` (its `id` is required). */
export const OrgSchema: v.GenericSchema<unknown, ThoughtSpotOrg> = org;
/** Reads an `ObjectIDAndName`. */
export const ObjectRefSchema: v.GenericSchema<unknown, ThoughtSpotObjectRef> = ref;
/** Reads a `FavoriteMetadataItem` (its `id` is required). */
export const FavoriteSchema: v.GenericSchema<unknown, ThoughtSpotFavorite> = favorite;

export type OrgCheck = Assert<Same<ThoughtSpotOrg, v.InferOutput<typeof org>>>;
export type ObjectRefCheck = Assert<Same<ThoughtSpotObjectRef, v.InferOutput<typeof ref>>>;
export type FavoriteCheck = Assert<Same<ThoughtSpotFavorite, v.InferOutput<typeof favorite>>>;
