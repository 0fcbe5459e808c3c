import { describe, expect, it } from 'vitest'
import { fenToYuan, formatFen, yuanToFen } from '@shared/money/fen'

describe('money in fen', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['0.01', 1],
    ['¥29.5', 2950],
    ['￥1,234.56', 123456],
    [' 6 ', 600],
    ['-3.4', -340],
  ])('parses %s as %i fen', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen)
  })

  it.each(['', 'abc', '1.234', '1.2.3', '12元', 'NaN', '1e3', '99999999999999999999'])(
    'refuses %s',
    (input) => {
      expect(yuanToFen(input)).toBeNull()
    },
  )

  it('writes fen as yuan with two decimals, and never through floating point', () => {
    expect(fenToYuan(0)).toBe('0.00')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(2950)).toBe('29.50')
    expect(fenToYuan(-340)).toBe('-3.40')
    for (let fen = 0; fen < 2000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen)
  })

  it('formats for display with a yuan sign and thousands separators', () => {
    expect(formatFen(210050)).toBe('¥2,100.50')
    expect(formatFen(100000000)).toBe('¥1,000,000.00')
    expect(formatFen(99)).toBe('¥0.99')
    expect(formatFen(-123456)).toBe('-¥1,234.56')
  })
})
