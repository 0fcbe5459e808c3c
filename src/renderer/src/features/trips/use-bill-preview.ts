// The bill preview worked out again whenever its inputs change: the files read, the passenger who
// is the user, the travel dates given to rail payments. Reads the log, writes nothing. A newer
// request replaces an older one still running; `busy` is true until the latest is shown.
import { useEffect, useMemo, useState } from 'react'
import { getSetting } from '@renderer/db/settings'
import { packNames, previewBill } from '@renderer/db/bills'
import { sortRows, type SortedRows } from '@shared/bills/legs'
import { defaultPassenger } from '@shared/bills/passenger'
import type { BillInput, BillPlan } from '@shared/bills/reconcile'
import type { BillFile } from '@shared/bills/types'

export interface ReadBill {
  /** Unique within the dialog, so a file read twice can be removed on its own. */
  id: number
  name: string
  file: BillFile
}

export interface BillPreview {
  sorted: SortedRows
  plan: BillPlan
  input: BillInput
  /** The passenger imported: the user's choice, else the remembered or only one. */
  passenger: string | null
}

export function useBillPreview(
  files: readonly ReadBill[],
  /** undefined until the user chooses; null: none of the passengers. */
  passengerChoice: string | null | undefined,
  travelDates: Readonly<Record<string, string>>,
): { preview: BillPreview | null; busy: boolean; failed: string | null } {
  const request = useMemo(
    () => ({ files, passengerChoice, travelDates }),
    [files, passengerChoice, travelDates],
  )
  const [done, setDone] = useState<{
    request: typeof request
    preview: BillPreview | null
    failed: string | null
  } | null>(null)
  useEffect(() => {
    if (request.files.length === 0) return
    let current = true
    compute(request.files, request.passengerChoice, request.travelDates).then(
      (preview) => current && setDone({ request, preview, failed: null }),
      (e: unknown) =>
        current && setDone({ request, preview: null, failed: String((e as Error).message ?? e) }),
    )
    return () => {
      current = false
    }
  }, [request])
  if (files.length === 0) return { preview: null, busy: false, failed: null }
  // The last preview stays on screen while the next is worked out.
  return {
    preview: done?.preview ?? null,
    busy: done?.request !== request,
    failed: done?.request === request ? done.failed : null,
  }
}

async function compute(
  files: readonly ReadBill[],
  passengerChoice: string | null | undefined,
  travelDates: Readonly<Record<string, string>>,
): Promise<BillPreview> {
  const rows = files.flatMap((f) => f.file.rows)
  const named = [...new Set(rows.flatMap((r) => (r.passenger ? [r.passenger] : [])))]
  const passenger =
    passengerChoice !== undefined
      ? passengerChoice
      : await defaultPassenger(named, await getSetting('railPassenger'))
  const sorted = sortRows(rows, await packNames(), passenger)
  const input: BillInput = { legs: sorted.legs, travelDates }
  return { sorted, plan: await previewBill(input), input, passenger }
}
