/**
 * The MongoDB path, as far as it can be checked without a server (none can run here): connection
 * strings through the driver's parser, the replica-set warning, dropping a test database through the
 * connection, and the bounded retry of transient transaction errors.
 */
import type { Payload } from 'payload'

import { dropMongoDatabase } from '../../../src/platform/db/dropDatabase'
import { mongoDatabaseName, mongoUriWithDatabase, replicaSetWarning } from '../../../src/platform/db/mongoUri'
import { isTransientTransactionError, retryTransient, TRANSIENT_ATTEMPTS } from '../../../src/platform/db/retry'

describe('connection strings', () => {
  it('names another database in a multi-host replica-set string, options and credentials kept', () => {
    const uri = mongoUriWithDatabase(
      'mongodb://app:s%40cret@db1:27017,db2:27017,db3:27018/commons-hub?replicaSet=rs0&w=majority',
      'commons_hub_test_1',
    )
    expect(uri).toBe('mongodb://app:s%40cret@db1:27017,db2:27017,db3:27018/commons_hub_test_1?replicaSet=rs0&w=majority')
    expect(mongoDatabaseName(uri)).toBe('commons_hub_test_1')
  })

  it('adds the database to a string that names none, and works for +srv', () => {
    expect(mongoUriWithDatabase('mongodb://localhost:27017/?replicaSet=rs0&directConnection=true', 'x')).toBe(
      'mongodb://localhost:27017/x?replicaSet=rs0&directConnection=true',
    )
    expect(mongoUriWithDatabase('mongodb+srv://cluster0.example.net', 'x')).toBe('mongodb+srv://cluster0.example.net/x')
    expect(mongoDatabaseName('mongodb://localhost:27017')).toBeUndefined()
  })

  it('refuses what is not a MongoDB connection string', () => {
    expect(() => mongoUriWithDatabase('http://localhost:27017/x', 'y')).toThrow()
  })

  it('warns when the string names no replica set (transactions would be off), not when it does or comes from DNS', () => {
    expect(replicaSetWarning('mongodb://localhost:27017/commons-hub')).toMatch(/no replica set.*without transactions/)
    expect(replicaSetWarning('mongodb://db1:27017,db2:27017/commons-hub?directConnection=false')).toMatch(/replicaSet=/)
    expect(replicaSetWarning('mongodb://db1:27017,db2:27017/commons-hub?replicaSet=rs0')).toBeNull()
    expect(replicaSetWarning('mongodb+srv://cluster0.example.net/commons-hub')).toBeNull()
  })
})

describe('dropping a test database', () => {
  it("uses the mongoose connection's dropDatabase (the adapter has none of its own)", async () => {
    const dropped: string[] = []
    const fake = { db: { name: 'mongoose', connection: { dropDatabase: async () => void dropped.push('dropped') } } } as unknown as Payload
    expect(await dropMongoDatabase(fake)).toBe(true)
    expect(dropped).toEqual(['dropped'])
  })

  it('does nothing on SQLite, and says so when a MongoDB adapter has no connection', async () => {
    expect(await dropMongoDatabase({ db: { name: 'sqlite' } } as unknown as Payload)).toBe(false)
    await expect(dropMongoDatabase({ db: { name: 'mongoose' } } as unknown as Payload)).rejects.toThrow(/no open connection/)
  })
})

describe('transient transaction errors', () => {
  /** Shaped like the driver's MongoServerError for a write conflict. */
  const writeConflict = () =>
    Object.assign(new Error('WriteConflict error: this operation conflicted with another operation.'), {
      code: 112,
      codeName: 'WriteConflict',
      errorLabels: ['TransientTransactionError'],
    })

  it('recognises the label, a driver error with hasErrorLabel, and one wrapped as a cause', () => {
    expect(isTransientTransactionError(writeConflict())).toBe(true)
    const driverLike = Object.assign(new Error('x'), { hasErrorLabel: (label: string) => label === 'TransientTransactionError' })
    expect(isTransientTransactionError(driverLike)).toBe(true)
    expect(isTransientTransactionError(new Error('wrapped', { cause: writeConflict() }))).toBe(true)
    expect(isTransientTransactionError(new Error('E11000 duplicate key'))).toBe(false)
  })

  it('runs the transaction again until it succeeds', async () => {
    let calls = 0
    const retried: number[] = []
    const result = await retryTransient(
      async () => {
        calls += 1
        if (calls < 3) throw writeConflict()
        return 'committed'
      },
      { pauseMs: 1, onRetry: (attempt) => retried.push(attempt) },
    )
    expect(result).toBe('committed')
    expect(calls).toBe(3)
    expect(retried).toEqual([1, 2])
  })

  it('gives up after a bounded number of attempts with the last error', async () => {
    let calls = 0
    await expect(
      retryTransient(
        async () => {
          calls += 1
          throw writeConflict()
        },
        { pauseMs: 1 },
      ),
    ).rejects.toMatchObject({ codeName: 'WriteConflict' })
    expect(calls).toBe(TRANSIENT_ATTEMPTS)
  })

  it('never runs again on other errors', async () => {
    let calls = 0
    await expect(
      retryTransient(async () => {
        calls += 1
        throw new Error('validation failed')
      }),
    ).rejects.toThrow('validation failed')
    expect(calls).toBe(1)
  })
})
