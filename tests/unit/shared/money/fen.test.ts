import { describe, expect, it } from 'vitest'
import { fenToYuan, formatFen } from '@shared/money/fen'

describe('money in fen', () => {
  it('writes fen as yuan with two decimals, and never through floating point', () => {
    expect(fenToYuan(0)).toBe('0.00')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(2950)).toBe('29.50')
    expect(fenToYuan(-340)).toBe('-3.40')
  })

  it('formats for display with a yuan sign and thousands separators', () => {
    expect(formatFen(210050)).toBe('¥2,100.50')
    expect(formatFen(100000000)).toBe('¥1,000,000.00')
    expect(formatFen(99)).toBe('¥0.99')
    expect(formatFen(-123456)).toBe('-¥1,234.56')
  })
})
