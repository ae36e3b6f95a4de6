export { RateLimitHits, RATE_LIMIT_HITS } from './collection'
export { consumeRateLimit, type RateLimitResult, type RateLimitRule } from './consume'
