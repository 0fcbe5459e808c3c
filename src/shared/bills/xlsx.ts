// The first sheet of an .xlsx as rows of cells. read-excel-file is maintained and reads in the
// browser and in Node from an ArrayBuffer (its "universal" build); the npm `xlsx` 0.18 line is no
// longer updated there and has published advisories.
import { readSheet } from 'read-excel-file/universal'

export async function xlsxRows(bytes: Uint8Array): Promise<unknown[][] | null> {
  try {
    const copy = bytes.slice().buffer
    return (await readSheet(copy)) as unknown[][]
  } catch {
    return null
  }
}
