import type { Adapter } from '@acct/harness';

/** Every vendor's adapter, by folder name; a vendor package adds itself here when it lands. */
export const adapters: Record<string, () => Promise<{ default: Adapter<unknown> }>> = {
  thirdwatch: () => import('./thirdwatch/adapter') as Promise<{ default: Adapter<unknown> }>,
  mention: () => import('./mention/adapter') as Promise<{ default: Adapter<unknown> }>,
  glowmarkt: () => import('./glowmarkt/adapter') as Promise<{ default: Adapter<unknown> }>,
  iam: () => import('./iam/adapter') as Promise<{ default: Adapter<unknown> }>,
  thoughtspot: () => import('./thoughtspot/adapter') as Promise<{ default: Adapter<unknown> }>,
};
