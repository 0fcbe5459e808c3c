// Every name's units packed into flat typed arrays: a keystroke walks thousands of names, and
// contiguous numbers are far faster to scan than thousands of small objects.
import { charBit, hanBit } from './normalize'
import type { Unit } from './units'

export interface UnitTable {
  /** Name i owns units nameUnits[i] … nameUnits[i + 1] - 1. */
  nameUnits: Int32Array
  /** Per name: letters in any reading, hanzi bits, letters a unit may start with. */
  nameLetters: Int32Array
  nameHan: Int32Array
  nameFirst: Int32Array
  /** Per unit: hanzi code point (0 for a word), first-letter bits, UTF-16 [from, to). */
  unitLit: Int32Array
  unitFirst: Int32Array
  unitFrom: Int32Array
  unitTo: Int32Array
  /** Unit i owns readings unitReadings[i] … unitReadings[i + 1] - 1. */
  unitReadings: Int32Array
  /** Reading i is chars[readingChars[i] … readingChars[i + 1] - 1] (char codes a–z, 0–9). */
  readingChars: Int32Array
  chars: Uint8Array
}

export function packUnits(names: Unit[][]): UnitTable {
  let unitCount = 0
  let readingCount = 0
  let charCount = 0
  for (const units of names) {
    unitCount += units.length
    for (const u of units) {
      readingCount += u.readings.length
      for (const r of u.readings) charCount += r.length
    }
  }
  const t: UnitTable = {
    nameUnits: new Int32Array(names.length + 1),
    nameLetters: new Int32Array(names.length),
    nameHan: new Int32Array(names.length),
    nameFirst: new Int32Array(names.length),
    unitLit: new Int32Array(unitCount),
    unitFirst: new Int32Array(unitCount),
    unitFrom: new Int32Array(unitCount),
    unitTo: new Int32Array(unitCount),
    unitReadings: new Int32Array(unitCount + 1),
    readingChars: new Int32Array(readingCount + 1),
    chars: new Uint8Array(charCount),
  }
  let ui = 0
  let ri = 0
  let ci = 0
  names.forEach((units, ni) => {
    t.nameUnits[ni] = ui
    let letters = 0
    let han = 0
    let first = 0
    for (const u of units) {
      t.unitLit[ui] = u.lit
      t.unitFrom[ui] = u.start
      t.unitTo[ui] = u.end
      t.unitReadings[ui] = ri
      if (u.lit) han |= hanBit(u.lit)
      let unitFirst = 0
      for (const r of u.readings) {
        t.readingChars[ri++] = ci
        unitFirst |= charBit(r.charCodeAt(0))
        for (let k = 0; k < r.length; k++) {
          const code = r.charCodeAt(k)
          letters |= charBit(code)
          t.chars[ci++] = code
        }
      }
      t.unitFirst[ui++] = unitFirst
      first |= unitFirst
    }
    t.nameLetters[ni] = letters
    t.nameHan[ni] = han
    t.nameFirst[ni] = first
  })
  t.nameUnits[names.length] = ui
  t.unitReadings[ui] = ri
  t.readingChars[ri] = ci
  return t
}
