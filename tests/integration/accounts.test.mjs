// tests/integration/accounts.test.mjs — accounts, API tokens, sign-in lock-out through the real binary.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addUser, bearerFor, databaseWithAccounts, freshDatabase, runFrontdoor, startServer } from '../support/harness.mjs'

test('GET /api/v1/me: 401 without a token, 200 with one, 401 once revoked or altered', async () => {
  const database = databaseWithAccounts()
  const server = await startServer(database, [], { migrate: false })
  try {
    const anonymous = await fetch(`${server.url}/api/v1/me`)
    assert.equal(anonymous.status, 401)
    assert.match((await anonymous.json()).error, /API token/)

    const created = runFrontdoor(['token', 'create', '--database', database.url, '--username', 'test.practitioner', '--expires-days', '30'])
    assert.equal(created.status, 0, created.stderr)
    const tokenId = created.stdout.match(/Token (\d+) /)[1]
    const token = created.stdout.trim().split('\n').at(-1)
    const me = await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } })
    assert.equal(me.status, 200)
    assert.deepEqual(await me.json(), { username: 'test.practitioner', role: 'practitioner' })

    const altered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    assert.equal((await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${altered}` } })).status, 401)

    assert.equal(runFrontdoor(['token', 'revoke', '--database', database.url, '--id', tokenId]).status, 0)
    assert.equal((await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } })).status, 401)
  } finally { await server.stop(); database.drop() }
})

test('a page without a session redirects to sign-in', async () => {
  const database = databaseWithAccounts()
  const server = await startServer(database, [], { migrate: false })
  try {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' })
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), '/sign-in?return_to=/')
  } finally { await server.stop(); database.drop() }
})

test('five wrong passwords lock an account: the right password is then refused too', async () => {
  const database = databaseWithAccounts()
  const server = await startServer(database, [], { migrate: false })
  const signIn = async (password) => {
    const form = await fetch(`${server.url}/sign-in`)
    const formToken = (await form.text()).match(/name="form_token" value="([^"]+)"/)[1]
    return fetch(`${server.url}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `frontdoor_form=${formToken}` },
      body: new URLSearchParams({ form_token: formToken, username: 'test.practitioner', password }).toString()
    })
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) assert.equal((await signIn('not my password')).status, 400)
    const locked = await signIn('purple tractor morning')
    assert.equal(locked.status, 400)
    assert.match(await locked.text(), /Enter a correct username and password/)
    // The same message for an account that does not exist.
    const form = await fetch(`${server.url}/sign-in`)
    assert.equal(form.status, 200)
  } finally { await server.stop(); database.drop() }
})

test('user commands check what they are given and record what they change', () => {
  const database = databaseWithAccounts()
  try {
    const weak = runFrontdoor(['user', 'add', '--database', database.url, '--username', 'weak.one', '--full-name', 'Weak One', '--job-title', 'Practitioner', '--role', 'practitioner', '--password-stdin'], {}, 'password1234\n')
    assert.equal(weak.status, 2)
    assert.match(weak.stderr, /password: Password is too easy to guess/)
    const role = runFrontdoor(['user', 'add', '--database', database.url, '--username', 'odd.one', '--full-name', 'Odd One', '--job-title', 'Wizard', '--role', 'wizard', '--password-stdin'], {}, 'purple tractor morning\n')
    assert.equal(role.status, 2)
    assert.match(role.stderr, /role: Role must be one of/)

    addUser(database, 'pat.partner', 'partner', 'health')
    assert.match(runFrontdoor(['user', 'list', '--database', database.url]).stdout, /pat\.partner\tPat Partner, Partner\tpartner\thealth\tactive/)
    const nameless = runFrontdoor(['user', 'add', '--database', database.url, '--username', 'no.name', '--full-name', ' ', '--job-title', 'Practitioner', '--role', 'practitioner', '--password-stdin'], {}, 'purple tractor morning\n')
    assert.equal(nameless.status, 2)
    assert.match(nameless.stderr, /full_name: Enter the full name of the person who holds the account/)
    assert.equal(runFrontdoor(['user', 'set-name', '--database', database.url, '--username', 'pat.partner', '--full-name', 'Patricia Okafor', '--job-title', 'Health visitor']).status, 0)
    assert.equal(runFrontdoor(['user', 'set-role', '--database', database.url, '--username', 'pat.partner', '--role', 'practitioner']).status, 0)
    assert.equal(runFrontdoor(['user', 'reset-password', '--database', database.url, '--username', 'pat.partner', '--password-stdin'], {}, 'another long phrase here\n').status, 0)
    const reset = runFrontdoor(['user', 'reset-two-step', '--database', database.url, '--username', 'pat.partner'])
    assert.equal(reset.status, 0)
    assert.match(reset.stdout, /Cleared pat\.partner's two-step verification and recovery codes/)
    assert.equal(runFrontdoor(['user', 'reset-two-step', '--database', database.url, '--username', 'nobody']).status, 3)
    assert.equal(runFrontdoor(['user', 'disable', '--database', database.url, '--username', 'pat.partner']).status, 0)
    assert.match(runFrontdoor(['user', 'list', '--database', database.url]).stdout, /pat\.partner\tPatricia Okafor, Health visitor\tpractitioner\t-\tdisabled/)
    assert.equal(runFrontdoor(['user', 'disable', '--database', database.url, '--username', 'nobody']).status, 3)
    // Disabling is undone on the command line, as it is done.
    const enabled = runFrontdoor(['user', 'enable', '--database', database.url, '--username', 'pat.partner'])
    assert.equal(enabled.status, 0, enabled.stderr)
    assert.match(enabled.stdout, /Enabled pat\.partner: they can sign in again/)
    assert.match(runFrontdoor(['user', 'list', '--database', database.url]).stdout, /pat\.partner\tPatricia Okafor, Health visitor\tpractitioner\t-\tactive/)
    assert.equal(runFrontdoor(['user', 'enable', '--database', database.url, '--username', 'nobody']).status, 3)

    // Each entry names the permission it was made under, and says what was done.
    const entries = database.sql("SELECT action || ' ' || detail FROM access_audit WHERE record_ids LIKE 'user:%' ORDER BY sequence").split('\n')
    assert.deepEqual(entries.slice(-7), ['manage_users added pat.partner, role partner',
      'manage_users name and job title set for pat.partner, from "Pat Partner, Partner" to "Patricia Okafor, Health visitor"',
      'manage_users role changed for pat.partner, role partner to practitioner',
      'manage_users password reset for pat.partner',
      'manage_users two-step verification reset for pat.partner, it was not set up',
      'manage_users disabled pat.partner',
      'manage_users enabled pat.partner'])
    assert.match(database.sql('SELECT username FROM access_audit ORDER BY sequence DESC LIMIT 1'), /^operator:/)
  } finally { database.drop() }
})

test('a disabled account\'s API tokens stop working', async () => {
  const database = databaseWithAccounts()
  const server = await startServer(database, [], { migrate: false })
  try {
    assert.equal((await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: database.practitioner } })).status, 200)
    assert.equal(runFrontdoor(['user', 'disable', '--database', database.url, '--username', 'test.practitioner']).status, 0)
    assert.equal((await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: database.practitioner } })).status, 401)
  } finally { await server.stop(); database.drop() }
})

test('demo-accounts makes one account per role, once', () => {
  const database = freshDatabase()
  try {
    assert.equal(runFrontdoor(['migrate', '--database', database.url]).status, 0)
    const first = runFrontdoor(['demo-accounts', '--database', database.url])
    assert.equal(first.status, 0, first.stderr)
    for (const role of ['practitioner', 'manager', 'auditor', 'partner', 'performance', 'admin']) {
      assert.match(first.stdout, new RegExp(`demo\\.${role}  \\S{20}`))
    }
    const second = runFrontdoor(['demo-accounts', '--database', database.url])
    assert.match(second.stdout, /no demo accounts were made/)
  } finally { database.drop() }
})
