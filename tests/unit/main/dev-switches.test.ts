import { describe, expect, it } from 'vitest'
import { devSwitches } from '../../../src/main/dev-switches'

describe('development switches', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/', HUJIA_USER_DATA: '/tmp/data' }

  it('are honoured by an unpackaged app (development, tests)', () => {
    expect(devSwitches(false, env)).toEqual({
      rendererUrl: 'http://localhost:5173/',
      userData: '/tmp/data',
    })
    expect(devSwitches(false, {})).toEqual({})
    expect(devSwitches(false, { HUJIA_USER_DATA: '' })).toEqual({})
  })

  it('are ignored by a packaged app: no other page, no other data folder', () => {
    expect(devSwitches(true, env)).toEqual({})
    expect(devSwitches(true, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toEqual({})
  })
})
