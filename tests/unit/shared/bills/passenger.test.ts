// Which passenger of a 12306 mail is the user: remembered as a hash, never as a name.
import { describe, expect, test } from 'vitest'
import { defaultPassenger, passengerHash } from '@shared/bills/passenger'

describe('the passenger who is the user', () => {
  test('is remembered as a hash that does not hold the name and tells names apart', async () => {
    const h = await passengerHash('张三')
    expect(h).toMatch(/^[0-9a-f]{64}$/)
    expect(await passengerHash(' 张三 ')).toBe(h)
    expect(await passengerHash('李四')).not.toBe(h)
    expect(h).not.toContain('张三')
  })

  test('by default: the remembered one, else the only one, else none until the user says', async () => {
    const remembered = await passengerHash('张三')
    expect(await defaultPassenger(['李四', '张三', '张小宝'], remembered)).toBe('张三')
    expect(await defaultPassenger(['李四', '张小宝'], remembered)).toBeNull()
    // Someone else's ticket, bought by the user: not theirs by default.
    expect(await defaultPassenger(['李四'], remembered)).toBeNull()
    expect(await defaultPassenger(['李四'], null)).toBe('李四')
    expect(await defaultPassenger(['李四', '张小宝'], null)).toBeNull()
    expect(await defaultPassenger([], remembered)).toBeNull()
  })
})
