import { describe, expect, it } from 'vitest'
import { readCsv, writeCsv } from '@shared/csv/csv'
import { decodeText } from '@shared/csv/decode'
import { neutraliseFormula, restoreFormula } from '@shared/csv/formula'

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode('日期,备注\r\n2025-10-09,上海\r\n')

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: '日期,备注\r\n2025-10-09,上海\r\n',
      encoding: 'utf-8',
      bom: true,
    })
    expect(decodeText(utf8)).toMatchObject({ encoding: 'utf-8', bom: false })
  })

  it('falls back to GBK when the bytes are not UTF-8 (Chinese Excel "CSV")', () => {
    // "上海" in GBK.
    expect(decodeText(new Uint8Array([0xc9, 0xcf, 0xba, 0xa3]))).toEqual({
      text: '上海',
      encoding: 'gbk',
      bom: false,
    })
  })

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x0a, 0x4e, 0x77, 0x6d]) // 上海
    expect(decodeText(le)).toMatchObject({ text: '上海', encoding: 'utf-16le' })
  })
})

describe('formula neutralisation', () => {
  it.each(['=1+1', '+86 123', '-5', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes %j and restores it',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe("'" + cell)
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell)
    },
  )

  it('leaves ordinary cells alone, including a lone apostrophe', () => {
    for (const cell of ['上海', '12.50', "'quoted", "it's", '', 'a=b']) {
      expect(neutraliseFormula(cell)).toBe(cell)
      expect(restoreFormula(cell)).toBe(cell)
    }
  })

  it('leaves what starts no formula in Excel or LibreOffice as it is (file-formats.md)', () => {
    for (const cell of [' =1+1', '\n=1+1', '＝1+1', '|cmd', 'a\n=1+1'])
      expect(neutraliseFormula(cell)).toBe(cell)
  })

  it('is reversible for cells that already start with apostrophes', () => {
    for (const cell of ["'=x", "''-3", "'''@y"])
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell)
  })
})

describe('writeCsv / readCsv', () => {
  it('writes a BOM, CRLF line ends and quotes only where needed', () => {
    const csv = writeCsv(
      ['a', 'b'],
      [
        ['上海, 嘉兴', 'say "hi"'],
        ['line\nbreak', '=cmd'],
      ],
    )
    expect(csv).toBe('\uFEFFa,b\r\n"上海, 嘉兴","say ""hi"""\r\n"line\nbreak",\'=cmd\r\n')
  })

  it('reads back every cell, restoring neutralised formulas', () => {
    const rows = [
      ['上海, 嘉兴', 'say "hi"'],
      ['line\r\nbreak', '=cmd'],
      [' padded ', ''],
    ]
    const table = readCsv(writeCsv(['a', 'b'], rows))!
    expect(table.header).toEqual(['a', 'b'])
    expect(table.records.map((r) => r.cells)).toEqual(rows)
  })

  it('numbers records by the file line they start on, across blank lines and quoted line breaks', () => {
    const text = 'a,b\r\n1,"two\r\nlines"\r\n\r\n3,x\r\n'
    const table = readCsv(text)!
    expect(table.records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [5, '3'],
    ])
  })

  it('detects semicolon and tab delimiters and LF-only files', () => {
    expect(readCsv('a;b\n1;2\n')!.records[0]!.cells).toEqual(['1', '2'])
    expect(readCsv('a\tb\n1\t2\n')!.records[0]!.cells).toEqual(['1', '2'])
  })

  it('reports an unclosed quote by the line it opens on, and a stray quote by its line', () => {
    const table = readCsv('a,b\r\n1,2\r\n3,"open\r\n4,5\r\n')!
    expect(table.unclosedQuoteLine).toBe(3)
    expect(readCsv('a,b\r\n1,"x"y"\r\n')!.badQuoteLines).toEqual([2])
  })

  it('returns null for a file with no header', () => {
    expect(readCsv('')).toBeNull()
    expect(readCsv('\r\n\r\n')).toBeNull()
  })
})
