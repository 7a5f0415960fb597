export { defineMock, type VendorMockServer } from './define-mock';
export { type Exchange, exchangesOf, type FixtureRequest, type FixtureResponse, fill, responseParts } from './exchange';
export { equal, type MockRequest, matchRequest, mockRequest } from './match';
export { createMock, createMockFetch, type Mock, type MockOptions, type MockResponse } from './mock';
export { createMockServer, type MockServer } from './mock-server';
