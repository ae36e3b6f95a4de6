import { checkSampleTarget, OVERRIDE_FLAG } from '../../../src/platform/sampleData/guard'

describe('sample data refuses real databases', () => {
  const none = () => false
  const all = () => true

  it('refuses the development database, MongoDB and an existing file', () => {
    expect(checkSampleTarget(undefined, [], none)).toMatchObject({ ok: false, reason: expect.stringMatching(/unset/) })
    expect(checkSampleTarget('mongodb://db:27017/commons-hub', [], none)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a SQLite file/),
    })
    expect(checkSampleTarget('file:data/commons-hub.db', [], all)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already exists/),
    })
  })

  it('accepts a new file, which it will create, or the explicit flag', () => {
    expect(checkSampleTarget('file:/tmp/sample.db', [], none)).toEqual({ ok: true, creates: '/tmp/sample.db' })
    expect(checkSampleTarget('mongodb://db/x', [OVERRIDE_FLAG], all)).toEqual({ ok: true, creates: null })
  })
})
