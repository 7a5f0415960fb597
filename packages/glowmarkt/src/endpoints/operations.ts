// One line per operation: each value export (the endpoint) becomes a client method of that name, with the JSDoc,
// arguments and types of its declaration (`bindMethods` over this module's namespace).
export * from './add-account';
export * from './add-mobile-app-token';
export * from './change-email';
export * from './change-name';
export * from './change-password';
export * from './delete-account';
export * from './get-account-by-id';
export * from './get-account-status-by-id';
export * from './get-account-status-by-user-token';
export * from './get-accounts';
export * from './remove-mobile-app-token';
export * from './update-account';
