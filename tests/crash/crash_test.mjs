// tests/crash/crash_test.mjs — SIGKILL during concurrent contact intake, round after round: every contact the API acknowledged must be there and whole after a restart, and the database must pass its integrity checks. With PostgreSQL the database server is killed too.
// Usage: node tests/crash/crash_test.mjs ROUNDS   (FRONTDOOR_TEST_DATABASE=sqlite|postgresql; for PostgreSQL, CRASH_POSTGRES_DIR and CRASH_POSTGRES_PORT name the private server to kill)
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addUser, bearerFor, binary, databaseKind, freshDatabase, runFrontdoor, startServer } from '../support/harness.mjs'

const rounds = Number(process.argv[2] ?? 20)
const writers = 16
const script = new URL('../../scripts/postgres.sh', import.meta.url).pathname
const postgres = { dir: process.env.CRASH_POSTGRES_DIR, port: process.env.CRASH_POSTGRES_PORT }

const database = freshDatabase()
assert.equal(runFrontdoor(['migrate', '--database', database.url]).status, 0)
assert.equal(runFrontdoor(['demo-data', '--database', database.url]).status, 0)
addUser(database, 'crash.practitioner', 'practitioner')
const authorization = bearerFor(database, 'crash.practitioner')
const acknowledged = new Map() // contact id -> { reference, concern }
// The access audit's signed checkpoints: the server writes the newest here; the first one seen is
// kept too, and after every round the log must extend both.
const checkpoints = mkdtempSync(join(tmpdir(), 'frontdoor-crash-checkpoints-'))
const checkpoint = join(checkpoints, 'newest')
const firstCheckpoint = join(checkpoints, 'first')
let attempted = 0

function contactBody (concern) {
  return JSON.stringify({
    received_at: '2026-11-27T09:15', method: 'phone', source: '6', referrer: { name: 'PC Crash' },
    children: [2, 3], adults: [1], concern, family_agreement: 'not_asked', urgency: 'today'
  })
}

async function intake (server, round, writer) {
  for (let sequence = 0; ; sequence++) {
    const concern = `round ${round} writer ${writer} contact ${sequence}`
    attempted++
    try {
      const response = await fetch(`${server.url}/api/v1/contacts`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: authorization }, body: contactBody(concern)
      })
      const body = await response.json()
      if (response.status === 201) acknowledged.set(body.id, { reference: body.reference, concern })
    } catch {
      return // the server is gone
    }
  }
}

function verify (round) {
  const rows = new Map(database.sql('SELECT id, reference, concern FROM contacts').split('\n').filter(Boolean)
    .map((line) => { const [id, reference, ...concern] = line.split('|'); return [Number(id), { reference, concern: concern.join('|') }] }))
  const people = new Map(database.sql('SELECT contact_id, count(*) FROM contact_people GROUP BY contact_id').split('\n').filter(Boolean)
    .map((line) => line.split('|').map(Number)))
  const audited = new Set(database.sql("SELECT record_id FROM access_audit_records WHERE record_id LIKE 'contact:%'").split('\n').filter(Boolean))
  for (const [id, expected] of acknowledged) {
    const row = rows.get(id)
    assert.ok(row, `round ${round}: acknowledged contact ${id} is missing`)
    assert.deepEqual(row, expected, `round ${round}: contact ${id} is not as acknowledged`)
    assert.equal(people.get(id), 3, `round ${round}: contact ${id} lost its children or adult`)
    assert.ok(audited.has(`contact:${id}`), `round ${round}: contact ${id} has no access audit entry`)
  }
  if (existsSync(checkpoint) && !existsSync(firstCheckpoint)) copyFileSync(checkpoint, firstCheckpoint)
  for (const kept of [firstCheckpoint, checkpoint].filter(existsSync)) {
    const verified = runFrontdoor(['audit', 'verify', '--database', database.url, '--checkpoint', kept])
    assert.equal(verified.status, 0, `round ${round}: the access audit does not verify: ${verified.stdout}${verified.stderr}`)
    assert.match(verified.stdout, /It extends the signed checkpoint/)
  }
  if (databaseKind === 'sqlite') {
    assert.equal(database.sql('PRAGMA integrity_check'), 'ok', `round ${round}: SQLite integrity check failed`)
  } else {
    const name = database.url.match(/\/([A-Za-z0-9_]+)\?/)[1]
    execFileSync('/usr/lib/postgresql/15/bin/pg_amcheck', ['--install-missing', '--heapallindexed', '--host', `${postgres.dir}/sock`,
      '--port', postgres.port, '--username', 'postgres', name], { stdio: 'inherit' })
  }
}

for (let round = 1; round <= rounds; round++) {
  const server = await startServer(database, ['--audit-checkpoint', checkpoint], { migrate: false })
  const running = Array.from({ length: writers }, (_, writer) => intake(server, round, writer))
  await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1300))
  if (databaseKind === 'postgresql') execFileSync(script, ['kill', postgres.dir])
  await server.stop('SIGKILL')
  await Promise.all(running)
  if (databaseKind === 'postgresql') execFileSync(script, ['start', postgres.dir, postgres.port])
  verify(round)
  console.log(`round ${round}: ${acknowledged.size} contacts acknowledged so far (of ${attempted} attempted), all present and whole; integrity checks pass; the access audit extends its checkpoints`)
}
database.drop()
rmSync(checkpoints, { recursive: true, force: true })
console.log(`crash test: ${rounds} rounds on ${databaseKind} (${binary}), ${acknowledged.size} acknowledged contacts, none lost`)
