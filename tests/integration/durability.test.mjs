// tests/integration/durability.test.mjs — every acknowledged write survives a SIGTERM in the middle of a stream of writes.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { databaseWithAccounts, startServer } from '../support/harness.mjs'

test('SIGTERM during a stream of writes: every acknowledged write is kept and the server exits 0', async () => {
  const database = databaseWithAccounts()
  const server = await startServer(database, [], { migrate: false })
  const acknowledged = []
  let stopping = false
  const writer = async (writerIdx) => {
    for (let writeIdx = 0; ; writeIdx++) {
      const text = `writer ${writerIdx} write ${writeIdx}`
      try {
        const response = await fetch(`${server.url}/api/v1/feedback`, {
          method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: database.practitioner }, body: JSON.stringify({ text })
        })
        if (response.status === 201) acknowledged.push({ id: (await response.json()).id, text })
        else await response.text()
      } catch {
        if (stopping) return // refused once the server stopped accepting
      }
    }
  }
  const writers = Array.from({ length: 8 }, (_, writerIdx) => writer(writerIdx))
  await new Promise((resolve) => setTimeout(resolve, 1000))
  stopping = true
  const exitCode = await server.stop('SIGTERM')
  await Promise.all(writers)
  assert.equal(exitCode, 0, server.output())
  assert.ok(acknowledged.length > 20, `only ${acknowledged.length} writes were acknowledged before SIGTERM`)

  const restarted = await startServer(database, [], { migrate: false })
  try {
    for (const { id, text } of acknowledged) {
      const response = await fetch(`${restarted.url}/api/v1/feedback/${id}`, { headers: { Authorization: database.admin } })
      assert.equal(response.status, 200, `acknowledged feedback ${id} is missing`)
      assert.equal((await response.json()).text, text)
    }
  } finally { await restarted.stop(); database.drop() }
})
