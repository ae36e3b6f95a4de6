// Tests start from an empty database and seed explicitly when they need content.
process.env.SEED_ON_START = 'false'
process.env.PAYLOAD_LOG_LEVEL = process.env.PAYLOAD_LOG_LEVEL || 'warn'
