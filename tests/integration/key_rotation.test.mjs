// tests/integration/key_rotation.test.mjs — the runbook's key changes through the real binary: a new
// audit signing key hands the log over with a checkpoint both keys sign, and every checkpoint
// before and after still verifies; a new two-step key opens nothing it should not, and once every
// secret is sealed again the old key is retired and the manager still signs in.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { bearerFor, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'
import { totp } from '../support/totp.mjs'

const signatureLines = (note) => note.split('\n').filter((line) => line.startsWith('\u2014 ')).length

test('a new audit signing key: a handover both keys sign, and checkpoints before and after verify', async () => {
  const database = databaseWithAccounts()
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-keys-'))
  const key = join(folder, 'audit.key')
  const checkpoint = join(folder, 'checkpoint')
  const serveAWhile = async () => {
    const server = await startServer(database, ['--audit-key', key, '--audit-checkpoint', checkpoint], { migrate: false })
    const token = bearerFor(database, 'test.practitioner')
    for (let request = 0; request < 3; request++) await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: token } })
    assert.equal(await server.stop(), 0)
    return server.output()
  }
  const verify = (note, publicKey = `${key}.pub`) => runFrontdoor(['audit', 'verify', '--database', database.url,
    '--audit-key', key, '--checkpoint', note, '--public-key', publicKey])
  try {
    await serveAWhile()
    const before = join(folder, 'before')
    copyFileSync(checkpoint, before)
    const oldPublic = readFileSync(`${key}.pub`, 'utf8')

    const handover = join(folder, 'handover')
    const rotated = runFrontdoor(['keys', 'rotate-audit', '--database', database.url, '--audit-key', key, '--checkpoint', handover])
    assert.equal(rotated.status, 0, rotated.stderr)
    const newPublic = rotated.stdout.match(/is now (frontdoor\/access-audit\+[0-9a-f]{8}\+\S+)\./)[1]
    assert.notEqual(newPublic, oldPublic.trim())
    assert.equal(readFileSync(`${key}.pub`, 'utf8'), `${newPublic}\n${oldPublic}`)
    assert.equal(signatureLines(readFileSync(handover, 'utf8')), 2)
    assert.ok(rotated.stdout.endsWith(readFileSync(handover, 'utf8')))
    // The change is an entry in the log the handover covers.
    assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'change_keys'"),
      new RegExp(`^audit signing key changed from ${oldPublic.split('+')[1]} to ${newPublic.split('+')[1]}$`))

    // The server signs with the new key from its next start; the old key's checkpoints still verify.
    const output = await serveAWhile()
    assert.ok(output.includes(`event=audit_key file=${key} public_key=${newPublic}`), output)
    const after = readFileSync(checkpoint, 'utf8')
    assert.equal(signatureLines(after), 1)
    for (const note of [before, handover, checkpoint]) {
      const verified = verify(note)
      assert.equal(verified.status, 0, `${note}: ${verified.stderr}`)
      assert.match(verified.stdout, /It extends the signed checkpoint of \d+ entries/)
    }
    // The old public key alone checks the handover and what came before, never what the new key signed.
    const oldOnly = join(folder, 'old.pub')
    writeFileSync(oldOnly, oldPublic)
    assert.equal(verify(handover, oldOnly).status, 0)
    const refused = verify(checkpoint, oldOnly)
    assert.equal(refused.status, 2)
    assert.match(refused.stderr, /cannot be trusted: it is not signed by the key frontdoor\/access-audit/)

    // A log changed behind its back is not handed over: the key stays as it was.
    database.sql("UPDATE access_audit SET detail = 'nothing to see' WHERE sequence = 2")
    const keyBefore = readFileSync(key, 'utf8')
    const tampered = runFrontdoor(['keys', 'rotate-audit', '--database', database.url, '--audit-key', key])
    assert.equal(tampered.status, 1)
    assert.match(tampered.stderr, /the access audit does not verify \(.+\); the key was not changed/)
    assert.equal(readFileSync(key, 'utf8'), keyBefore)
    const missing = runFrontdoor(['keys', 'rotate-audit', '--database', database.url, '--audit-key', join(folder, 'none.key')])
    assert.equal(missing.status, 1)
    assert.match(missing.stderr, /there is no signing key at \S+none\.key to change/)
  } finally { database.drop(); rmSync(folder, { recursive: true, force: true }) }
})

/** A code for `secret` `steps` time steps from now (one step either way is accepted), never computed
 * in the last second of a step, so the step it names has not passed by the time it is checked. */
async function codeFor (secret, steps) {
  while (Date.now() % 30000 > 29000) await sleep(200)
  return totp(secret, Date.now() + steps * 30000)
}

/** Signs `username` in through the pages: sets two-step verification up (answering its secret) or
 * passes it with `code(secret)`; answers { secret, passed }. */
async function signInWithTwoStep (server, username, secret, steps) {
  const form = await fetch(`${server.url}/sign-in`)
  const formToken = (await form.text()).match(/name="form_token" value="([^"]+)"/)[1]
  const signedIn = await fetch(`${server.url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `frontdoor_form=${formToken}` },
    body: new URLSearchParams({ form_token: formToken, username, password: 'purple tractor morning' }).toString()
  })
  assert.equal(signedIn.status, 303)
  const cookie = signedIn.headers.get('set-cookie').match(/frontdoor_session=[^;]+/)[0]
  const next = signedIn.headers.get('location')
  const page = await (await fetch(`${server.url}${next}`, { headers: { Cookie: cookie } })).text()
  const known = secret ?? page.match(/id="secret">([A-Z2-7]+)</)[1]
  const passed = await fetch(`${server.url}${next.split('?')[0]}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: new URLSearchParams({ csrf_token: page.match(/name="csrf_token" value="([^"]+)"/)[1], return_to: '/', code: await codeFor(known, steps) }).toString()
  })
  const text = await passed.text()
  // Passed: sent on (a code), or shown the recovery codes (a set-up finished).
  const finished = passed.status === 303 || (passed.status === 200 && text.includes('id="recovery-codes"'))
  return { secret: known, passed: finished, setUp: next.startsWith('/two-step/setup') }
}

test('a new two-step key: secrets open under both keys, are sealed again, and the old key is retired', async () => {
  const database = databaseWithAccounts()
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-keys-'))
  const key = join(folder, 'two-step.key')
  let server
  const serve = () => startServer(database, ['--two-step-key', key], { migrate: false })
  try {
    server = await serve()
    const enrolled = await signInWithTwoStep(server, 'test.admin', null, -1)
    assert.ok(enrolled.setUp && enrolled.passed)
    await server.stop()
    const oldKey = readFileSync(key, 'utf8')
    assert.match(database.sql("SELECT totp_secret FROM users WHERE username = 'test.admin'"), /^sealed2:[0-9a-f]{8}:/)

    const rotated = runFrontdoor(['keys', 'rotate-two-step', '--two-step-key', key])
    assert.equal(rotated.status, 0, rotated.stderr)
    const newId = rotated.stdout.match(/A new two-step key ([0-9a-f]{8}) is first/)[1]
    assert.equal(readFileSync(key, 'utf8').split('\n').filter(Boolean).length, 2)
    assert.ok(readFileSync(key, 'utf8').endsWith(oldKey))

    server = await serve()
    assert.match(server.output(), new RegExp(`event=two_step_keys sealing=${newId} older=1`))
    const underBoth = await signInWithTwoStep(server, 'test.admin', enrolled.secret, 0)
    assert.ok(!underBoth.setUp && underBoth.passed, 'the secret sealed with the old key opens beside the new')
    await server.stop()

    // A key file without the key that sealed a secret: named, and nothing retired.
    const strangers = join(folder, 'other.key')
    assert.equal(runFrontdoor(['keys', 'rotate-two-step', '--two-step-key', strangers]).status, 1)
    writeFileSync(strangers, readFileSync(key, 'utf8').split('\n')[0] + '\n')
    const stranded = runFrontdoor(['keys', 'reseal-two-step', '--database', database.url, '--two-step-key', strangers])
    assert.equal(stranded.status, 1)
    assert.match(stranded.stderr, /no key in \S+other\.key opens the two-step secret of test\.admin: the older keys were kept/)

    const resealed = runFrontdoor(['keys', 'reseal-two-step', '--database', database.url, '--two-step-key', key])
    assert.equal(resealed.status, 0, resealed.stderr)
    assert.match(resealed.stdout, new RegExp(`^1 two-step secrets are now sealed with the key ${newId}\\.\\n1 older key\\(s\\) moved to \\S+two-step\\.key\\.retired`))
    assert.equal(readFileSync(`${key}.retired`, 'utf8'), oldKey)
    assert.equal(readFileSync(key, 'utf8').split('\n').filter(Boolean).length, 1)
    assert.match(database.sql("SELECT totp_secret FROM users WHERE username = 'test.admin'"), new RegExp(`^sealed2:${newId}:`))
    assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'change_keys' ORDER BY sequence DESC LIMIT 1"),
      new RegExp(`^two-step secrets sealed again with key ${newId}: 1 sealed, 0 could not be opened$`))

    server = await serve()
    assert.match(server.output(), new RegExp(`event=two_step_keys sealing=${newId} older=0`))
    const underNew = await signInWithTwoStep(server, 'test.admin', enrolled.secret, 1)
    assert.ok(!underNew.setUp && underNew.passed, 'the secret sealed again opens with the new key alone')
  } finally { await server?.stop(); database.drop(); rmSync(folder, { recursive: true, force: true }) }
})
