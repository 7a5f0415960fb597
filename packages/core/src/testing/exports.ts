// Everything of the testing kit that runs in any runtime; index.ts adds the Node server, browser.ts a stand-in.
export { closestExchange, mismatchMessage } from './closest';
export { createVendorMocks, type VendorMockFetch, type VendorMockServer, type VendorMocks } from './define-mock';
export { type Exchange, exchangesOf, type FixtureRequest, type FixtureResponse, fill, responseParts } from './exchange';
export { type FixtureIndex, indexFixtures, type NamedFixture, namedFixture } from './fixtures';
export { equal, type MockRequest, matchRequest, mockRequest } from './match';
export { createMock, MOCK_HEADER, type Mock, type MockOptions, type MockResponse } from './mock';
export { createMockFetch, type MockFetch, mockFetchOf, mockResponse } from './mock-fetch';
export type { MockServer } from './mock-server';
export { fixedSegments, onRoute, type Route, routeKey, routeOf } from './route';
export { createScenarios, type ScenarioChoice, type Scenarios } from './scenarios';
