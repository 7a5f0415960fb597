export { createRedisTokenStore, type RedisLike, type RedisTokenStoreOptions } from './redis-token-store';
