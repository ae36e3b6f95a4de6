export { consumeRateLimit, type RateLimitResult } from './consume'
