// @ts-check
// Calls and notes over a Node IPC pipe, both ways: the test process and the main-process host
// (a child process) each answer the other's calls. Values cross as Node's advanced serialization
// (structured clone) carries them: Uint8Array and Buffer arrive as bytes, Errors as {name, message}.

/**
 * @typedef {{ on(event: 'message', listener: (message: any) => void): unknown,
 *   send?: (message: any) => boolean }} Port
 * @typedef {Record<string, (payload: any) => unknown>} Handlers
 */

/** @param {unknown} e */
function toWire(e) {
  const err = /** @type {{ name?: string, message?: string, stack?: string }} */ (e ?? {})
  return { name: err.name ?? 'Error', message: err.message ?? String(e), stack: err.stack }
}

/**
 * @param {Port} port the child's `process`, or the ChildProcess in the test process
 * @param {Handlers} handlers calls and notes this side answers (may be filled in later)
 */
export function createRpc(port, handlers = {}) {
  let next = 1
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, op: string }>} */
  const pending = new Map()
  /** @type {Error | null} */
  let closed = null

  /** @param {object} message */
  const send = (message) => {
    if (closed || !port.send) throw closed ?? new Error('rpc: no channel')
    port.send(message)
  }

  port.on('message', async (msg) => {
    if (!msg || typeof msg !== 'object' || typeof msg.rpc !== 'string') return
    if (msg.rpc === 'reply') {
      const p = pending.get(msg.id)
      if (!p) return
      pending.delete(msg.id)
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), msg.error))
      else p.resolve(msg.result)
      return
    }
    const handler = handlers[msg.op]
    if (msg.rpc === 'note') {
      if (handler) await handler(msg.payload)
      return
    }
    try {
      if (!handler) throw new Error(`rpc: nothing answers "${msg.op}"`)
      const result = await handler(msg.payload)
      if (!closed) send({ rpc: 'reply', id: msg.id, result })
    } catch (e) {
      if (!closed) send({ rpc: 'reply', id: msg.id, error: toWire(e) })
    }
  })

  return {
    handlers,
    /**
     * @param {string} op
     * @param {unknown} [payload]
     * @returns {Promise<any>}
     */
    call(op, payload) {
      const id = next++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, op })
        try {
          send({ rpc: 'call', id, op, payload })
        } catch (e) {
          pending.delete(id)
          reject(e)
        }
      })
    },
    /**
     * A one-way message; dropped once the other side is gone.
     * @param {string} op
     * @param {unknown} [payload]
     */
    note(op, payload) {
      if (!closed) send({ rpc: 'note', op, payload })
    },
    /** @param {Error} reason rejects every call still waiting for an answer */
    close(reason) {
      closed = reason
      for (const p of pending.values()) p.reject(new Error(`${reason.message} (during "${p.op}")`))
      pending.clear()
    },
  }
}
