// tests/integration/audits.test.mjs — the assurance loop through the API on the real binary: a sample drawn by named groups (and the same request drawing the same cases), grades sent as JSON with cited events, refusals that name their field and write nothing, moderation, what the performance role sees (grades, not words), a response, the improvement plan, agreement and language figures, and who may call what.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { addUser, apiClient, bearerFor, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
const token = {}

before(async () => {
  database = databaseWithAccounts()
  assert.equal(runFrontdoor(['demo-data', '--database', database.url]).status, 0)
  addUser(database, 'test.manager', 'manager')
  addUser(database, 'test.auditor', 'auditor')
  addUser(database, 'test.peer', 'auditor')
  addUser(database, 'test.moderator', 'auditor')
  addUser(database, 'test.performance', 'performance')
  for (const name of ['manager', 'auditor', 'peer', 'moderator', 'performance']) token[name] = bearerFor(database, `test.${name}`)
  token.practitioner = database.practitioner
  server = await startServer(database, [], { migrate: false })
})

after(async () => {
  await server.stop()
  database.drop()
})

const api = (...args) => apiClient(server, token)(...args)
const count = (table) => Number(database.sql(`SELECT count(*) FROM ${table}`))
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}${String(Math.min(28, Number(today.slice(8)))).padStart(2, '0')}`

test('a sample drawn by named groups, graded through the API, settled and followed up', async () => {
  // Refused requests name each field and keep nothing.
  const refused = await api('auditor', 'POST', '/api/v1/audits/samples', { from: today, to: yearAgo, per_stratum: 0, seed: 'dice' })
  assert.equal(refused.status, 422)
  assert.deepEqual(refused.body.errors.map((error) => error.field).sort(), ['per_stratum', 'seed', 'to'])
  // As many as 200 from a group, as the document says; the seed alone is wrong.
  const many = await api('auditor', 'POST', '/api/v1/audits/samples', { from: yearAgo, to: today, per_stratum: 150, seed: 'dice' })
  assert.deepEqual(many.body.errors.map((error) => error.field), ['seed'])
  assert.equal(count('dip_samples'), 0)
  assert.equal((await api('practitioner', 'POST', '/api/v1/audits/samples', { from: yearAgo, to: today, seed: 1 })).status, 403)

  // The demonstration decisions, all of them in one group; the same request draws the same cases.
  const request = { from: yearAgo, to: today, strata: 'none', only: { all: 3 }, seed: 20261203 }
  const drawn = await api('manager', 'POST', '/api/v1/audits/samples', request)
  assert.equal(drawn.status, 201, JSON.stringify(drawn.body))
  assert.ok(drawn.body.cases.length > 0)
  assert.equal(drawn.body.strata[0].stratum, 'all')
  assert.equal(drawn.body.cases.length, Math.min(3, drawn.body.strata[0].available))
  const again = await api('auditor', 'POST', '/api/v1/audits/samples', { ...request, seed: '20261203' })
  assert.deepEqual(again.body.cases.map((one) => [one.contact_id, one.person_id]), drawn.body.cases.map((one) => [one.contact_id, one.person_id]))
  assert.equal((await api('performance', 'GET', `/api/v1/audits/samples/${drawn.body.id}`)).body.seed, 20261203)

  const caseId = drawn.body.cases[0].id
  const shown = await api('auditor', 'GET', `/api/v1/audits/cases/${caseId}`)
  assert.equal(shown.status, 200)
  assert.equal(shown.body.stage, 'first_audit')
  assert.ok(shown.body.events.length > 0)
  const grades = (grade, comment = '') => Object.fromEntries(shown.body.questions.map((question) => [question.code, { grade, comment }]))

  // A grade below good without its reason, and evidence that is not this case's, are refused.
  const audits = count('case_audits')
  const bad = await api('auditor', 'POST', `/api/v1/audits/cases/${caseId}/grades`, { grades: grades('inadequate'), overall: 'inadequate', summary: 'Thin', evidence: ['decision@2001-01-01T00:00:00.000Z'] })
  assert.equal(bad.status, 422)
  assert.ok(bad.body.errors.some((error) => error.field === 'comment-journey'))
  assert.ok(bad.body.errors.some((error) => error.field === 'evidence'))
  assert.equal(count('case_audits'), audits)
  const first = await api('auditor', 'POST', `/api/v1/audits/cases/${caseId}/grades`, { grades: grades('good'), overall: 'good', summary: 'Clear and proportionate.', evidence: [shown.body.events[0].key] })
  assert.equal(first.status, 201, JSON.stringify(first.body))
  assert.equal(first.body.evidence[0].kind, shown.body.events[0].kind)
  assert.equal((await api('performance', 'POST', `/api/v1/audits/cases/${caseId}/grades`, { grades: grades('good'), overall: 'good', summary: 'x' })).status, 403)

  // The peer sees one audit is in but not its grades.
  const blind = await api('peer', 'GET', `/api/v1/audits/cases/${caseId}`)
  assert.equal(blind.body.audits_given, 1)
  assert.deepEqual(blind.body.audits, [])
  assert.equal((await api('peer', 'POST', `/api/v1/audits/cases/${caseId}/grades`, { grades: grades('requires_improvement', 'No date for the visit.'), overall: 'requires_improvement', summary: 'Mostly clear.' })).status, 201)
  assert.equal((await api('auditor', 'POST', `/api/v1/audits/cases/${caseId}/moderation`, { final_grade: 'good', reason: 'Both saw a sound decision overall.' })).status, 422)

  const settled = await api('moderator', 'POST', `/api/v1/audits/cases/${caseId}/moderation`, { final_grade: 'requires_improvement', reason: 'The visit should have had a date.' })
  assert.equal(settled.status, 201, JSON.stringify(settled.body))
  assert.equal((await api('moderator', 'GET', `/api/v1/audits/cases/${caseId}`)).body.stage, 'settled')
  // The performance role reads the grades, not what was written about the family.
  const figuresOnly = await api('performance', 'GET', `/api/v1/audits/cases/${caseId}`)
  assert.deepEqual(figuresOnly.body.audits.map((audit) => audit.overall), ['good', 'requires_improvement'])
  assert.deepEqual(figuresOnly.body.audits.map((audit) => audit.summary), ['', ''])
  assert.deepEqual(figuresOnly.body.events, [])
  assert.equal(figuresOnly.body.moderation.reason, '')

  // Demonstration decisions were made by the operator: no one here did the work to respond to.
  assert.equal((await api('practitioner', 'POST', `/api/v1/audits/cases/${caseId}/responses`, { response: 'Noted.' })).status, 404)
  assert.deepEqual((await api('practitioner', 'GET', '/api/v1/audits/your-work')).body.cases, [])

  const agreement = await api('performance', 'GET', '/api/v1/audits/agreement')
  assert.equal(agreement.body.overall.pairs, 1)
  assert.equal(agreement.body.overall.exact, 0)
  assert.equal(agreement.body.questions.length, shown.body.questions.length)

  // The improvement plan through the API.
  const noOwner = await api('manager', 'POST', '/api/v1/improvement-plan', { source: 'partnership', finding: 'Referrers are not told the outcome.', description: 'Write to every referrer.', owner: 'test.nobody', due: '2099-01-01', audit_cases: [caseId, 999999] })
  assert.equal(noOwner.status, 422)
  assert.deepEqual(noOwner.body.errors.map((error) => error.field).sort(), ['audit_cases', 'owner'])
  const added = await api('manager', 'POST', '/api/v1/improvement-plan', { source: 'partnership', finding: 'Referrers are not told the outcome.', description: 'Write to every referrer.', owner: 'test.auditor', due: '2099-01-01', audit_cases: [caseId], documents: ['Partnership review, November'] })
  assert.equal(added.status, 201, JSON.stringify(added.body))
  assert.deepEqual(added.body.evidence, [{ audit_case_id: caseId }, { document: 'Partnership review, November' }])
  assert.equal((await api('peer', 'POST', `/api/v1/improvement-plan/${added.body.id}/updates`, { words: 'Started', status: 'in_progress' })).status, 422)
  assert.equal((await api('auditor', 'POST', `/api/v1/improvement-plan/${added.body.id}/updates`, { words: 'Letters drafted.', status: 'in_progress' })).status, 201)
  const action = await api('performance', 'GET', `/api/v1/improvement-plan/${added.body.id}`)
  assert.equal(action.body.status, 'in_progress')
  assert.equal(action.body.rag, 'green')
  assert.equal(action.body.updates[0].words, 'Letters drafted.')

  // Language figures, for a period no longer than a year.
  const language = await api('performance', 'GET', `/api/v1/audits/language?from=${today.slice(0, 8)}01&to=${today}`)
  assert.equal(language.status, 200)
  assert.ok(language.body.figures.every((figure) => figure.decisions > 0 && figure.words > 0))
  assert.equal((await api('performance', 'GET', `/api/v1/audits/language?from=${yearAgo.slice(0, 4) - 1}-01-01&to=${today}`)).status, 422)
})
