export {
  type Adapter,
  callOperation,
  defineAdapter,
  type EndpointKey,
  endpointOf,
  type HarnessClientOptions,
  routePattern,
} from './adapter';
export { runContracts } from './contract';
export {
  type Exchange,
  type Fixture,
  type FixtureRequest,
  type FixtureResponse,
  fill,
  type LoadedFixture,
  loadFixtures,
  responseParts,
  revive,
} from './fixture';
export { createRecorder, type Recorder, type RecorderOptions } from './recorder';
export { compare, type ReplayServer, type ReplaySource, respond, startReplay } from './replay';
export { type Handler, type ReceivedRequest, reply, startServer, type TestServer } from './server';
