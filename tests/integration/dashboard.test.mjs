// tests/integration/dashboard.test.mjs — the dashboard through the API on the real binary: a year's figures over the demonstration families match the records, rates are their parts over their wholes, timeliness comes paired with quality, a refused period or team names its field, and only managers, auditors and the performance role may read it.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { addUser, apiClient, bearerFor, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
const token = {}

before(async () => {
  database = databaseWithAccounts()
  assert.equal(runFrontdoor(['demo-data', '--database', database.url]).status, 0)
  addUser(database, 'test.performance', 'performance')
  token.performance = bearerFor(database, 'test.performance')
  token.practitioner = database.practitioner
  server = await startServer(database, [], { migrate: false })
})

after(async () => {
  await server.stop()
  database.drop()
})

const api = (...args) => apiClient(server, token)(...args)
const count = (sql) => Number(database.sql(sql))
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())

test("a year's figures match the records, and each rate is its part over its whole", async () => {
  const shown = await api('performance', 'GET', '/api/v1/dashboard')
  assert.equal(shown.status, 200, JSON.stringify(shown.body))
  assert.equal(shown.body.to, today)
  assert.equal(shown.body.team, '')
  const figure = Object.fromEntries(shown.body.figures.map((one) => [one.figure, one.this_period]))
  assert.equal(shown.body.figures.length, 22)
  // The demonstration families' contacts all came in within the last year.
  assert.equal(figure.contacts, count('SELECT count(*) FROM contacts'))
  assert.ok(figure.contacts > 0)
  assert.equal(figure.children, count("SELECT count(*) FROM contact_people WHERE role = 'child'"))
  assert.equal(figure.decided, count('SELECT count(*) FROM child_decisions'))
  assert.equal(figure.referred, count('SELECT count(*) FROM child_decisions WHERE referred = TRUE'))
  for (const rate of shown.body.rates) {
    assert.ok(rate.this_period <= rate.of_this_period, rate.rate)
    if (rate.of_this_period === 0) assert.equal(rate.share_this_period, null)
    else assert.equal(rate.share_this_period, rate.this_period / rate.of_this_period)
  }
  assert.deepEqual(shown.body.timeliness_beside_quality, [
    { timeliness: 'decided_in_time', quality: 'audited_good' },
    { timeliness: 'assessed_in_time', quality: 're_referred' }
  ])
  const previous = Object.fromEntries(shown.body.figures.map((one) => [one.figure, one.previous_period]))
  assert.equal(previous.contacts, 0)

  // One team: no more than every team.
  const team = await api('performance', 'GET', '/api/v1/dashboard?team=not-allocated')
  assert.equal(team.status, 200)
  assert.ok(team.body.figures.find((one) => one.figure === 'children').this_period <= figure.children)
})

test('a refused period or team names its field; partners of the work may not read the figures', async () => {
  const backwards = await api('performance', 'GET', `/api/v1/dashboard?from=${today}&to=2020-01-01`)
  assert.equal(backwards.status, 422)
  assert.deepEqual(backwards.body.errors.map((error) => error.field), ['to'])
  const nowhere = await api('performance', 'GET', '/api/v1/dashboard?team=nowhere')
  assert.equal(nowhere.status, 422)
  assert.deepEqual(nowhere.body.errors.map((error) => error.field), ['team'])
  assert.equal((await api('practitioner', 'GET', '/api/v1/dashboard')).status, 403)
})
