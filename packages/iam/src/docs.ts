/**
 * The vendor's generated reference for `iam.v1` ships in its Python SDK (`eazyrent`); each
 * endpoint links to its section of `UsersApi.md` there.
 */
export const DOCS = 'https://pypi.org/project/eazyrent/';
