// tests/integration/api_document.test.mjs — the OpenAPI document as served passes Redocly's
// linter with its recommended rules (no errors), so partners' tools can generate clients from it.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freshDatabase, startServer } from '../support/harness.mjs'

const redocly = new URL('../../node_modules/.bin/redocly', import.meta.url).pathname
let database
let server

before(async () => {
  database = freshDatabase()
  server = await startServer(database)
})
after(async () => {
  await server.stop()
  database.drop()
})

test('the served OpenAPI document has no errors under the linter\'s recommended rules', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-openapi-'))
  try {
    const response = await fetch(`${server.url}/api/v1/openapi.json`)
    assert.equal(response.status, 200)
    const document = await response.json()
    assert.equal(document.openapi, '3.1.0')
    const file = join(folder, 'openapi.json')
    writeFileSync(file, JSON.stringify(document, null, 2))
    const lint = spawnSync(redocly, ['lint', '--format=summary', file], {
      encoding: 'utf8',
      timeout: 120000,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
    })
    const said = `${lint.stdout}\n${lint.stderr}`
    assert.equal(lint.status, 0, said)
    assert.doesNotMatch(said, /^error\s/m, said)
  } finally { rmSync(folder, { recursive: true, force: true }) }
})
