/** The vendor's Swagger UI for the Glowmarkt user system; operations are anchored `#/<tag>/<operationId>`. */
export const DOCS = 'https://api.glowmarkt.com/api-docs/v0-1/usersys/usertypes/#';
