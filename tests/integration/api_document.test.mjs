// tests/integration/api_document.test.mjs — the OpenAPI document as served passes Redocly's
// linter with its recommended rules (no errors), so partners' tools can generate clients from it.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freshDatabase, startServer } from '../support/harness.mjs'
import { checkAgainstDocument } from '../support/api_contract.mjs'

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

test('the contract check that every integration test makes refuses what the document does not promise', async () => {
  const household = { id: 4, address_line_1: '7 Elm Close', address_line_2: '', town: 'Southampton', postcode: 'SO16 3AA' }
  const answer = (status, body, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
  const check = (status, body, type) => checkAgainstDocument('POST', `${server.url}/api/v1/households`,
    answer(status, body, type), JSON.stringify(body), fetch)
  await check(201, household)
  await assert.rejects(check(201, { ...household, council: 'Southampton' }), /addHousehold.*\n.*unevaluated properties: council/)
  const { town, ...withoutTown } = household
  await assert.rejects(check(201, withoutTown), /must have required property 'town'/)
  await assert.rejects(check(201, { ...household, id: 'four' }), /\/id must be integer/)
  await assert.rejects(check(418, household), /418, a status the OpenAPI document does not give for addHousehold/)
  await assert.rejects(check(201, household, 'text/csv'), /text\/csv, which the OpenAPI document does not name/)
})
