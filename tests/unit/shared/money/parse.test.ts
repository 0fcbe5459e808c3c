import { describe, expect, it } from 'vitest'
import { fenToYuan } from '@shared/money/fen'
import { parseDecimal, parseYuan } from '@shared/money/parse'

const fen = (input: string, mark?: '.' | ',') => {
  const r = parseYuan(input, mark)
  return r.ok ? r.fen : r.error
}

describe('parseYuan with the decimal point', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['0.01', 1],
    ['¥29.5', 2950],
    ['￥1,234.56', 123456],
    [' 6 ', 600],
    ['-3.4', -340],
    ['１２．５', 1250],
  ])('reads %s as %i fen', (input, expected) => {
    expect(fen(input)).toBe(expected)
  })

  // The examples: a comma could be a decimal mark or a thousands separator, so the value
  // is refused with a message that says so, never read as ¥125.00, ¥350.00 or ¥3,564.00.
  it.each(['12,5', '3,50', '356,4', '1,234', '31,50', '12，5', '1,23,4'])(
    'refuses %s as an ambiguous comma',
    (input) => {
      expect(fen(input)).toBe('validation.moneyComma')
    },
  )

  it.each(['1.234', '12.345', '1.234.567'])(
    'refuses %s: more than two decimals or grouping',
    (input) => {
      expect(fen(input)).toBe('validation.moneyDecimals')
    },
  )

  it.each(['', 'abc', '1.2.3', '12元', 'NaN', '1e3', '99999999999999999999', '.', '-'])(
    'refuses %s as not an amount',
    (input) => {
      expect(fen(input)).toBe('validation.moneyNotNumber')
    },
  )

  it('round-trips every written amount', () => {
    for (let f = 0; f < 2000; f += 7) expect(fen(fenToYuan(f))).toBe(f)
  })
})

describe('parseYuan with the decimal comma (a rule the caller states)', () => {
  it.each([
    ['31,50', 3150],
    ['12,5', 1250],
    ['7', 700],
    ['1.234,50', 123450],
  ])('reads %s as %i fen', (input, expected) => {
    expect(fen(input, ',')).toBe(expected)
  })

  it('refuses a point, which the rule makes ambiguous, and three decimals', () => {
    expect(fen('31.50', ',')).toBe('validation.moneyMixedMarks')
    expect(fen('1,234', ',')).toBe('validation.moneyDecimals')
  })
})

describe('parseDecimal (percentages, counts)', () => {
  // A browser's number field drops the comma: "12,5" became a 125 % discount.
  it('reads a point and refuses a comma', () => {
    expect(parseDecimal(' 12.5 ')).toEqual({ ok: true, value: 12.5 })
    expect(parseDecimal('７')).toEqual({ ok: true, value: 7 })
    expect(parseDecimal('12,5')).toEqual({ ok: false, error: 'validation.numberComma' })
    expect(parseDecimal('')).toEqual({ ok: false, error: 'validation.numberNotNumber' })
    expect(parseDecimal('1e3')).toEqual({ ok: false, error: 'validation.numberNotNumber' })
  })
})
