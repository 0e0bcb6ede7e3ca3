// tests/integration/people_and_contacts.test.mjs — the people and contacts API on the real binary: search, households, contacts, journeys and refusals.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { addUser, bearerFor, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server

before(async () => {
  database = databaseWithAccounts()
  assert.equal(runFrontdoor(['demo-data', '--database', database.url]).status, 0)
  server = await startServer(database, [], { migrate: false })
})
after(async () => {
  await server.stop()
  database.drop()
})

async function api (method, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: database.practitioner, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const count = (table) => Number(database.sql(`SELECT count(*) FROM ${table}`))

test('the demonstration families are loaded by the operator, their history by the demonstration accounts', () => {
  // The audit names who ran the command on the server; the earlier contact and decision name the
  // accounts `demo-accounts` makes, not an account that never exists.
  assert.match(database.sql("SELECT username FROM access_audit WHERE action = 'load_demo_data'"), /^operator:./)
  assert.equal(database.sql('SELECT recorded_by FROM contacts ORDER BY id LIMIT 1'), 'demo.practitioner')
  assert.equal(database.sql('SELECT decided_by FROM decisions ORDER BY contact_id LIMIT 1'), 'demo.manager')
})

test('search finds Jayden Smith from "Jaden Smyth" with swapped day and month, and says why', async () => {
  const { status, body } = await api('GET', '/api/v1/people?name=Jaden%20Smyth&date_of_birth=2015-14-05')
  assert.equal(status, 422)  // there is no 14th month: the date is refused, not guessed
  assert.equal(body.errors[0].field, 'date_of_birth')

  const found = await api('GET', '/api/v1/people?name=Jaden%20Smyth&date_of_birth=2015-05-14')
  assert.equal(found.status, 200)
  assert.equal(found.body.matches[0].person.given_name, 'Jayden')
  assert.deepEqual(found.body.matches[0].reasons, ['family name Smith sounds like Smyth', 'given name Jayden is another form of Jaden', 'same date of birth'])

  const swapped = await api('GET', '/api/v1/people?name=Jan%20Nowak&date_of_birth=2016-09-01')
  assert.equal(swapped.body.matches[0].person.given_name, 'Jan')
  assert.ok(swapped.body.matches[0].reasons.includes('date of birth matches with day and month swapped'))

  const byNhs = await api('GET', '/api/v1/people?identifier=943%20476%205919')
  assert.deepEqual(byNhs.body.matches.map((match) => match.person.given_name), ['Jayden'])
  assert.deepEqual([byNhs.body.total, byNhs.body.page, byNhs.body.pages], [1, 1, 1])
  const badCheckDigit = await api('GET', '/api/v1/people?identifier=943%20476%205918')
  assert.equal(badCheckDigit.status, 422)
  assert.equal(badCheckDigit.body.errors[0].field, 'identifier')
  assert.match(badCheckDigit.body.errors[0].message, /NHS number cannot be right/)
  const pastTheLast = await api('GET', '/api/v1/people?identifier=943%20476%205919&page=2')
  assert.equal(pastTheLast.status, 422)
  assert.equal(pastTheLast.body.errors[0].field, 'page')
  assert.equal(pastTheLast.body.errors[0].message, 'There is only 1 page of results')
  const byPostcode = await api('GET', '/api/v1/people?postcode=so185ab')
  assert.deepEqual(byPostcode.body.matches.map((match) => match.person.given_name).sort(), ['Amelia', 'Claire', 'Jayden'])
  assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'search_people' ORDER BY sequence DESC LIMIT 1"), /postcode "so185ab"/)
})

test('the search with its terms in the body answers as the search in the address does, and pages by cursor', async () => {
  const inAddress = await api('GET', '/api/v1/people?name=Jaden%20Smyth&date_of_birth=2015-05-14')
  const inBody = await api('POST', '/api/v1/people/search', { name: 'Jaden Smyth', date_of_birth: '2015-05-14' })
  assert.equal(inBody.status, 200)
  assert.deepEqual(inBody.body.matches, inAddress.body.matches)
  assert.equal(inBody.body.total, inAddress.body.total)
  // The search in the address says it is deprecated, and which search replaces it (RFC 9745).
  assert.equal(inAddress.headers.get('deprecation'), '@1796601600')
  assert.equal(inAddress.headers.get('link'), '</api/v1/people/search>; rel="successor-version"')
  assert.equal(inBody.headers.get('deprecation'), null)
  assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'search_people' ORDER BY sequence DESC LIMIT 1"), /name "Jaden Smyth", date of birth "2015-05-14"/)

  // A page at a time: the three people who have lived at the postcode, each once.
  const seen = []
  let cursor = null
  do {
    const page = await api('POST', '/api/v1/people/search', { postcode: 'so185ab', limit: 1, ...(cursor ? { cursor } : {}) })
    assert.equal(page.status, 200, JSON.stringify(page.body))
    seen.push(...page.body.matches.map((match) => match.person.given_name))
    cursor = page.body.next_cursor
  } while (cursor && seen.length < 10)
  assert.deepEqual(seen.sort(), ['Amelia', 'Claire', 'Jayden'])

  // Refusals name the field, as they do for the address's terms.
  const noMonth14 = await api('POST', '/api/v1/people/search', { name: 'Jaden Smyth', date_of_birth: '2015-14-05' })
  assert.equal(noMonth14.status, 422)
  assert.equal(noMonth14.body.errors[0].field, 'date_of_birth')
  const notText = await api('POST', '/api/v1/people/search', { name: ['Jaden'], limit: '10' })
  assert.equal(notText.status, 422)
  assert.deepEqual(notText.body.errors.map((error) => error.field).sort(), ['limit', 'name'])
  const nothing = await api('POST', '/api/v1/people/search', {})
  assert.equal(nothing.status, 422)
  // The address's `page` is not taken here, rather than the first page given again.
  const byNumber = await api('POST', '/api/v1/people/search', { postcode: 'so185ab', page: 2 })
  assert.equal(byNumber.status, 422)
  assert.deepEqual(byNumber.body.errors.map((error) => error.field), ['page'])
})

test('bad people are refused field by field and nothing is kept', async () => {
  const before = count('people')
  const refused = await api('POST', '/api/v1/people', { given_name: '', family_name: 'Smith', date_of_birth: '2099-01-01', nhs_number: '943 476 5918', upn: 'X801200106001', sex: 'Q' })
  assert.equal(refused.status, 422)
  assert.deepEqual(refused.body.errors.map((error) => error.field).sort(), ['date_of_birth', 'given_name', 'nhs_number', 'sex', 'upn'])
  const wrongType = await api('POST', '/api/v1/people', { given_name: 7, family_name: 'Smith' })
  assert.equal(wrongType.status, 422)
  assert.equal(wrongType.body.errors[0].field, 'given_name')
  assert.equal(count('people'), before)
})

test('a household, its members and relationships are recorded, and shown on the record', async () => {
  const household = await api('POST', '/api/v1/households', { address_line_1: '7 Elm Close', town: 'Southampton', postcode: 'so16 3aa' })
  assert.equal(household.status, 201)
  assert.equal(household.body.postcode, 'SO16 3AA')
  const badHousehold = await api('POST', '/api/v1/households', { address_line_1: '', town: 'Southampton', postcode: 'nowhere' })
  assert.deepEqual(badHousehold.body.errors.map((error) => error.field), ['address_line_1', 'postcode'])

  const mum = await api('POST', '/api/v1/people', { given_name: 'Rosa', family_name: 'Lane', date_of_birth: '1990-04-04', sex: 'F' })
  const baby = await api('POST', '/api/v1/people', { given_name: 'Baby', family_name: 'Lane', expected_date_of_birth: new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10) })
  assert.equal(baby.status, 201, JSON.stringify(baby.body))
  for (const person of [mum, baby]) {
    assert.equal((await api('POST', `/api/v1/households/${household.body.id}/members`, { person_id: person.body.id, from: '2024-01-01' })).status, 201)
  }
  const related = await api('POST', `/api/v1/people/${mum.body.id}/relationships`, { related_person_id: baby.body.id, kind: 'parent' })
  assert.equal(related.status, 201)
  const record = await api('GET', `/api/v1/people/${baby.body.id}`)
  assert.deepEqual(record.body.relationships, [{ related_person_id: mum.body.id, kind: 'child' }])
  assert.equal(record.body.households[0].address, '7 Elm Close, Southampton SO16 3AA')
})

test('corrections are refused whole or kept from and to: a person, a move out, a relationship and a contact\'s words', async () => {
  const household = await api('POST', '/api/v1/households', { address_line_1: '9 Birch Lane', town: 'Southampton', postcode: 'SO16 4BB' })
  const mum = await api('POST', '/api/v1/people', { given_name: 'Tina', family_name: 'Moss', date_of_birth: '1989-02-02', sex: 'F' })
  const child = await api('POST', '/api/v1/people', { given_name: 'Lily', family_name: 'Mos', date_of_birth: '2017-03-03', sex: 'F' })
  await api('POST', `/api/v1/households/${household.body.id}/members`, { person_id: child.body.id, from: '2020-01-01' })
  await api('POST', `/api/v1/people/${mum.body.id}/relationships`, { related_person_id: child.body.id, kind: 'parent' })
  const history = () => count('record_history')
  const before = history()

  // A bad correction changes nothing, whichever part is wrong.
  const bad = await api('PUT', `/api/v1/people/${child.body.id}`, { given_name: 'Lily', family_name: 'Moss', date_of_birth: '2017-02-30', sex: 'F' })
  assert.equal(bad.status, 422)
  assert.deepEqual(bad.body.errors.map((error) => error.field), ['date_of_birth'])
  assert.equal((await api('GET', `/api/v1/people/${child.body.id}`)).body.family_name, 'Mos')
  const diedFirst = await api('PUT', `/api/v1/people/${child.body.id}`, { given_name: 'Lily', family_name: 'Moss', date_of_birth: '2017-03-03', sex: 'F', date_of_death: '2017-03-02', reason: 'Told by the hospital' })
  assert.deepEqual(diedFirst.body.errors, [{ field: 'date_of_death', message: 'Date of death cannot be before the date of birth' }])
  const badMove = await api('POST', `/api/v1/people/${child.body.id}/move-out`, { household_id: household.body.id, moved_out: '2019-12-31' })
  assert.equal(badMove.status, 422)
  assert.equal(history(), before)
  assert.equal((await api('PUT', '/api/v1/people/999999', { given_name: 'A', family_name: 'B' })).status, 404)

  const corrected = await api('PUT', `/api/v1/people/${child.body.id}`, { given_name: 'Lily', family_name: 'Moss', date_of_birth: '2017-03-03', sex: 'F', reason: 'Spelling on the school roll' })
  assert.equal(corrected.status, 200, JSON.stringify(corrected.body))
  assert.equal(corrected.body.family_name, 'Moss')
  const moved = await api('POST', `/api/v1/people/${child.body.id}/move-out`, { household_id: household.body.id, moved_out: '2025-06-30' })
  assert.equal(moved.status, 200, JSON.stringify(moved.body))
  assert.deepEqual(moved.body, { household_id: household.body.id, person_id: child.body.id, from: '2020-01-01', to: '2025-06-30', moved_to_household_id: null })
  assert.equal((await api('POST', `/api/v1/people/${mum.body.id}/relationships`, { related_person_id: child.body.id, kind: 'carer', reason: 'Her aunt, not her mother' })).status, 201)

  const contact = await api('POST', '/api/v1/contacts', {
    received_at: '2026-01-05T09:30', method: 'phone', referrer: { name: 'A neighbour' }, source: '8', children: [child.body.id],
    concern: 'Lily was out alone late.', family_agreement: 'not_asked', urgency: 'soon'
  })
  const tooShort = await api('POST', `/api/v1/contacts/${contact.body.id}/amendments`, { concern: 'Lily was out alone late at night.', reason: 'typo' })
  assert.equal(tooShort.status, 422)
  assert.equal((await api('GET', `/api/v1/contacts/${contact.body.id}`)).body.concern, 'Lily was out alone late.')
  const amended = await api('POST', `/api/v1/contacts/${contact.body.id}/amendments`, { concern: 'Lily was out alone late at night.', reason: 'The neighbour rang back to say it was after 11pm.' })
  assert.equal(amended.status, 200, JSON.stringify(amended.body))
  assert.equal((await api('GET', `/api/v1/contacts/${contact.body.id}`)).body.concern, 'Lily was out alone late at night.')

  const journey = await api('GET', `/api/v1/people/${child.body.id}/journey?kind=correction`)
  // Each correction once (their order is the order they were made, which a fast test may not tell apart).
  const summaries = Object.fromEntries(journey.body.events.map((event) => [event.title, event.summary]))
  assert.deepEqual(Object.keys(summaries).sort(), [
    `Contact ${contact.body.reference} amended: the concern, in the referrer's words`,
    'Record corrected: Name',
    'Record corrected: Relationship with Tina Moss',
    'Record corrected: Where they live: 9 Birch Lane, Southampton SO16 4BB'])
  assert.equal(summaries['Record corrected: Name'], 'From: Lily Mos\nTo: Lily Moss\nReason: Spelling on the school roll')
  assert.equal(summaries['Record corrected: Relationship with Tina Moss'], 'From: child\nTo: cared for by\nReason: Her aunt, not her mother')

  // A child's death is recorded on their record, with the reason, and read back.
  const baby = await api('POST', '/api/v1/people', { given_name: 'Noah', family_name: 'Moss', date_of_birth: '2025-11-20', sex: 'M' })
  assert.equal(baby.body.date_of_death, null)
  const died = await api('PUT', `/api/v1/people/${baby.body.id}`, { given_name: 'Noah', family_name: 'Moss', date_of_birth: '2025-11-20', sex: 'M', date_of_death: '2026-01-10', reason: 'Confirmed by the hospital' })
  assert.equal(died.status, 200, JSON.stringify(died.body))
  assert.equal(died.body.date_of_death, '2026-01-10')
  const babyJourney = await api('GET', `/api/v1/people/${baby.body.id}/journey?kind=correction`)
  assert.deepEqual(babyJourney.body.events.map((event) => [event.title, event.summary]),
    [['Record corrected: Date of death', 'From: None\nTo: 10 January 2026\nReason: Confirmed by the hospital']])

  // Why a child has no unique pupil number: a census code, never beside a number, and corrected
  // with a reason like any other part.
  const pupil = await api('POST', '/api/v1/people', { given_name: 'Ava', family_name: 'Moss', date_of_birth: '2016-02-02', sex: 'F', upn_unknown: 'UN2' })
  assert.equal(pupil.status, 201, JSON.stringify(pupil.body))
  assert.equal(pupil.body.upn_unknown, 'UN2')
  const both = await api('PUT', `/api/v1/people/${pupil.body.id}`, { given_name: 'Ava', family_name: 'Moss', date_of_birth: '2016-02-02', sex: 'F', upn: 'W801200106001', upn_unknown: 'UN2', reason: 'From the school' })
  assert.equal(both.status, 422)
  assert.deepEqual(both.body.errors, [{ field: 'upn_unknown', message: 'Give the unique pupil number or why it is not known, not both' }])
  // What a correction leaves out is kept, so the reason is cleared by sending it empty.
  const numbered = await api('PUT', `/api/v1/people/${pupil.body.id}`, { given_name: 'Ava', family_name: 'Moss', date_of_birth: '2016-02-02', sex: 'F', upn: 'W801200106001', upn_unknown: '', reason: 'From the school' })
  assert.equal(numbered.status, 200, JSON.stringify(numbered.body))
  assert.deepEqual([numbered.body.upn, numbered.body.upn_unknown, numbered.body.former_upn], ['W801200106001', '', ''])
  const badFormer = await api('PUT', `/api/v1/people/${pupil.body.id}`, { given_name: 'Ava', family_name: 'Moss', date_of_birth: '2016-02-02', sex: 'F', upn: 'W801200106001', former_upn: 'X801200106001', reason: 'From the school' })
  assert.equal(badFormer.status, 422)
  assert.deepEqual(badFormer.body.errors.map((error) => error.field), ['former_upn'])
  const pupilJourney = await api('GET', `/api/v1/people/${pupil.body.id}/journey?kind=correction`)
  assert.deepEqual(pupilJourney.body.events.map((event) => [event.title, event.summary]),
    [['Record corrected: Unique pupil number', 'From: Not known: never at a state school in England\nTo: W801200106001\nReason: From the school']])
})

test('a contact gets a reference, its language warnings, the re-referral flag and a place on the journey', async () => {
  const contact = await api('POST', '/api/v1/contacts', {
    received_at: new Date(Date.now() - 2 * 3600 * 1000).toISOString().slice(0, 16),  // two hours ago, in UK time or before it
    method: 'phone',
    referrer: { name: 'Mrs Patel', role: 'Designated safeguarding lead', agency: 'Bitterne Park Primary School' },
    source: '2A',
    children: [2, 3],
    adults: [1],
    concern: 'Jayden said he is scared at home. Mum disclosed DV last week.',
    family_knows: 'Mum was told we would call.',
    family_agreement: 'agreed',
    urgency: 'today'
  })
  assert.equal(contact.status, 201, JSON.stringify(contact.body))
  assert.match(contact.body.reference, /^[A-Z2-9]{3}-[A-Z2-9]{3}$/)
  assert.equal(contact.body.language_warnings.concern[0].found, 'DV')
  assert.equal(contact.body.language_warnings.concern[0].suggestion, 'domestic abuse')

  const shown = await api('GET', `/api/v1/contacts/${contact.body.id}`)
  const jayden = shown.body.history.find((history) => history.person_id === 2)
  const amelia = shown.body.history.find((history) => history.person_id === 3)
  assert.equal(jayden.re_referral, true)
  assert.equal(jayden.referrals_in_last_year, 1)
  assert.equal(amelia.re_referral, false)

  const journey = await api('GET', '/api/v1/people/2/journey')
  assert.equal(journey.body.events[0].reference, contact.body.reference)
  assert.equal(journey.body.events[0].title, 'Contact from a school')
  // Before it: the manager's decision on the police contact eight months ago, then that contact.
  assert.deepEqual(journey.body.events.slice(1).map((event) => event.title),
    ['Decision: Single assessment (section 17) at level 3 (Universal Partnership Plus)', 'Contact from police'])
  assert.deepEqual(journey.body.household_children.map((child) => child.name), ['Amelia Smith'])
})

test('bad contacts are refused field by field, including a 1 MB concern, and nothing is kept', async () => {
  const before = count('contacts')
  const refused = await api('POST', '/api/v1/contacts', {
    received_at: '2099-01-01T09:30', method: 'pigeon', referrer: { name: '' }, source: '99', children: [], concern: '', family_agreement: 'maybe', urgency: 'later'
  })
  assert.equal(refused.status, 422)
  assert.deepEqual(refused.body.errors.map((error) => error.field).sort(),
    ['children', 'concern', 'family_agreement', 'method', 'received_at', 'referrer.name', 'source', 'urgency'])
  const huge = await api('POST', '/api/v1/contacts', {
    received_at: '2026-01-05T09:30', method: 'phone', referrer: { name: 'A' }, source: '2A', children: [2], concern: 'x'.repeat(1000000), family_agreement: 'agreed', urgency: 'today'
  })
  assert.equal(huge.status, 422)
  assert.deepEqual(huge.body.errors, [{ field: 'concern', message: 'The concern must be 20000 characters or fewer' }])
  const unknownChild = await api('POST', '/api/v1/contacts', {
    received_at: '2026-01-05T09:30', method: 'phone', referrer: { name: 'A' }, source: '2A', children: [999999], concern: 'A worry', family_agreement: 'agreed', urgency: 'today'
  })
  assert.equal(unknownChild.status, 422)
  assert.equal(unknownChild.body.errors[0].field, 'children')
  const notATime = await api('POST', '/api/v1/contacts', {
    received_at: '2026-01-05 half past nine', method: 'phone', referrer: { name: 'A' }, source: '2A', children: [2], concern: 'A worry', family_agreement: 'agreed', urgency: 'today'
  })
  assert.deepEqual(notATime.body.errors, [{ field: 'received_at', message: 'Give the time received as UK clock time (YYYY-MM-DDTHH:MM) or as a moment in UTC ending in Z' }])
  const notADay = await api('POST', '/api/v1/contacts', {
    received_at: '2026-02-30T09:30', method: 'phone', referrer: { name: 'A' }, source: '2A', children: [2], concern: 'A worry', family_agreement: 'agreed', urgency: 'today'
  })
  assert.deepEqual(notADay.body.errors, [{ field: 'received_at', message: 'The date received must be a real date: February 2026 has 28 days' }])
  assert.equal(count('contacts'), before)
})

test('a contact received at a moment given in UTC, as answers give it, is kept at that moment in summer time', async () => {
  const child = await api('POST', '/api/v1/people', { given_name: 'Summer', family_name: 'Moment', date_of_birth: '2019-03-04' })
  assert.equal(child.status, 201)
  const contact = await api('POST', '/api/v1/contacts', {
    received_at: '2026-07-01T08:15:00.000Z', method: 'phone', referrer: { name: 'A' }, source: '2A', children: [child.body.id], concern: 'A worry in the summer', family_agreement: 'agreed', urgency: 'today'
  })
  assert.equal(contact.status, 201)
  assert.equal(contact.body.received_at, '2026-07-01T08:15:00.000Z')
})

test('a contact sent again with its Idempotency-Key, even five at once, is recorded once and answered the same', async () => {
  const send = async (key, body) => {
    const response = await fetch(`${server.url}/api/v1/contacts`, {
      method: 'POST',
      headers: { Authorization: database.practitioner, 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body)
    })
    return { status: response.status, location: response.headers.get('location'), body: await response.json() }
  }
  const contact = {
    received_at: '2026-01-05T09:30', method: 'phone', referrer: { name: 'PC Dawson' }, source: '6', children: [2], concern: 'Police attended a disturbance at home.', family_agreement: 'not_asked', urgency: 'today'
  }
  const before = count('contacts')
  const answers = await Promise.all([1, 2, 3, 4, 5].map(() => send('"c0ffee00-retry-1"', contact)))
  assert.deepEqual(answers.map((answer) => answer.status), [201, 201, 201, 201, 201])
  assert.equal(new Set(answers.map((answer) => answer.body.id)).size, 1)
  assert.equal(new Set(answers.map((answer) => answer.location)).size, 1)
  assert.equal(answers[0].location, `/api/v1/contacts/${answers[0].body.id}`)
  assert.equal(count('contacts'), before + 1)
  assert.equal(database.sql(`SELECT count(*) FROM access_audit WHERE detail = 'sent again with its Idempotency-Key: nothing more recorded' AND record_ids LIKE '%contact:${answers[0].body.id}%'`), '4')

  // The key with something else is refused, naming the header; a malformed key too; nothing kept.
  const other = await send('c0ffee00-retry-1', { ...contact, concern: 'Another worry.' })
  assert.equal(other.status, 422)
  assert.equal(other.body.errors[0].field, 'Idempotency-Key')
  assert.match(other.body.errors[0].message, /sent before with a different request/)
  const malformed = await send('two words', contact)
  assert.equal(malformed.status, 422)
  assert.deepEqual(malformed.body.errors.map((error) => error.field), ['Idempotency-Key'])
  assert.equal(count('contacts'), before + 1)
  // Adding a person honours a key the same way (keys are kept per account, not per route).
  const person = { given_name: 'Ivy', family_name: 'Hart', date_of_birth: '2019-09-09', sex: 'F' }
  const sendPerson = (key, body) => fetch(`${server.url}/api/v1/people`, {
    method: 'POST', headers: { Authorization: database.practitioner, 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body)
  }).then(async (response) => ({ status: response.status, body: await response.json() }))
  const people = count('people')
  const added = await Promise.all([sendPerson('person-key-1', person), sendPerson('person-key-1', person)])
  assert.deepEqual(added.map((answer) => answer.status), [201, 201])
  assert.equal(added[0].body.id, added[1].body.id)
  assert.equal(count('people'), people + 1)
  const otherPerson = await sendPerson('person-key-1', { ...person, given_name: 'Iris' })
  assert.equal(otherPerson.status, 422)
  assert.equal(otherPerson.body.errors[0].field, 'Idempotency-Key')
  assert.equal(count('people'), people + 1)
  // Without a key, the same contact sent twice is two contacts, as before.
  await api('POST', '/api/v1/contacts', contact)
  await api('POST', '/api/v1/contacts', contact)
  assert.equal(count('contacts'), before + 3)
})

test('every other creating request keeps its answer by Idempotency-Key: a household sent again is one household, answered the same', async () => {
  const send = (key, path, body) => fetch(`${server.url}${path}`, {
    method: 'POST', headers: { Authorization: database.practitioner, 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body)
  }).then(async (response) => ({ status: response.status, body: await response.json(), location: response.headers.get('location'), replayed: response.headers.get('idempotent-replayed') }))
  const households = count('households')
  const home = { address_line_1: '3 Quay Road', town: 'Southampton', postcode: 'SO14 3AB' }
  // A refusal does not use the key up: the request corrected may be sent with it.
  const refused = await send('home-key', '/api/v1/households', { ...home, postcode: 'nowhere' })
  assert.equal(refused.status, 422)
  assert.equal(refused.body.errors[0].field, 'postcode')
  const first = await send('home-key', '/api/v1/households', home)
  assert.equal(first.status, 201)
  assert.equal(first.replayed, null)
  const again = await send('home-key', '/api/v1/households', home)
  assert.equal(again.status, 201)
  assert.equal(again.replayed, 'true')
  assert.deepEqual(again.body, first.body)
  assert.equal(again.location, first.location)
  assert.equal(count('households'), households + 1)
  const other = await send('home-key', '/api/v1/households', { ...home, address_line_1: '4 Quay Road' })
  assert.equal(other.status, 422)
  assert.equal(other.body.errors[0].field, 'Idempotency-Key')
  const malformed = await send('k'.repeat(300), '/api/v1/households', home)
  assert.equal(malformed.status, 422)
  assert.equal(malformed.body.errors[0].field, 'Idempotency-Key')
  assert.equal(count('households'), households + 1)
  // A member added twice with one key is one membership.
  const person = await api('POST', '/api/v1/people', { given_name: 'Nell', family_name: 'Quay', date_of_birth: '2014-04-04' })
  const members = count('household_members')
  const member = { person_id: person.body.id, from: '2025-01-01' }
  const joined = await send('member-key', `/api/v1/households/${first.body.id}/members`, member)
  const joinedAgain = await send('member-key', `/api/v1/households/${first.body.id}/members`, member)
  assert.deepEqual([joined.status, joinedAgain.status], [201, 201])
  assert.deepEqual(joinedAgain.body, joined.body)
  assert.equal(count('household_members'), members + 1)
})

test('a correction made on an out-of-date copy gets 412 and changes nothing; made on the copy as it is, it holds', async () => {
  const put = async (id, ifMatch, body) => {
    const response = await fetch(`${server.url}/api/v1/people/${id}`, {
      method: 'PUT',
      headers: { Authorization: database.practitioner, 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
      body: JSON.stringify(body)
    })
    return { status: response.status, etag: response.headers.get('etag'), body: await response.json() }
  }
  const read = async (id) => {
    const response = await fetch(`${server.url}/api/v1/people/${id}`, { headers: { Authorization: database.practitioner } })
    return { etag: response.headers.get('etag'), body: await response.json() }
  }
  const added = await api('POST', '/api/v1/people', { given_name: 'Ruby', family_name: 'Lane', date_of_birth: '2018-06-06', sex: 'F', ethnicity: 'WBRI', nhs_number: '9990001111' })
  const copy = await read(added.body.id)
  assert.match(copy.etag, /^"[0-9a-f]{32}"$/)
  assert.equal((await read(added.body.id)).etag, copy.etag)  // the same record, the same tag

  const first = await put(added.body.id, copy.etag, { given_name: 'Ruby', family_name: 'Layne', date_of_birth: '2018-06-06', sex: 'F', reason: 'Her birth certificate' })
  assert.equal(first.status, 200, JSON.stringify(first.body))
  assert.notEqual(first.etag, copy.etag)
  assert.equal(first.etag, (await read(added.body.id)).etag)
  // What the body left out is kept, not cleared.
  assert.equal(first.body.ethnicity, 'WBRI')
  assert.equal(first.body.nhs_number, '9990001111')

  const history = count('record_history')
  const stale = await put(added.body.id, copy.etag, { given_name: 'Ruby', family_name: 'Lain', date_of_birth: '2018-06-06', sex: 'F', reason: 'School records' })
  assert.equal(stale.status, 412)
  assert.match(stale.body.error, /changed since your copy/)
  assert.equal(stale.etag, first.etag)
  assert.equal((await read(added.body.id)).body.family_name, 'Layne')
  assert.equal(count('record_history'), history)
  // A weak tag never matches; the tag as it is now does.
  assert.equal((await put(added.body.id, `W/${first.etag}`, { given_name: 'Ruby', family_name: 'Lain', date_of_birth: '2018-06-06', sex: 'F' })).status, 412)
  assert.equal((await put(added.body.id, first.etag, { given_name: 'Ruby', family_name: 'Lain', date_of_birth: '2018-06-06', sex: 'F', reason: 'School records' })).status, 200)
})

test('an amendment to a contact made on an out-of-date copy gets 412 and changes nothing', async () => {
  const child = await api('POST', '/api/v1/people', { given_name: 'Tobias', family_name: 'Wren', date_of_birth: '2016-01-10' })
  const recorded = await api('POST', '/api/v1/contacts', {
    received_at: '2026-11-30T09:00', method: 'phone', source: '8', referrer: { name: 'A neighbour' },
    children: [child.body.id], concern: 'Tobias was outside alone after dark.', family_agreement: 'not_asked', urgency: 'soon'
  })
  const id = recorded.body.id
  const read = async () => {
    const response = await fetch(`${server.url}/api/v1/contacts/${id}`, { headers: { Authorization: database.practitioner } })
    return { etag: response.headers.get('etag'), body: await response.json() }
  }
  const amend = async (ifMatch, concern) => {
    const response = await fetch(`${server.url}/api/v1/contacts/${id}/amendments`, {
      method: 'POST',
      headers: { Authorization: database.practitioner, 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
      body: JSON.stringify({ concern, reason: 'The neighbour rang back to correct the time' })
    })
    return { status: response.status, etag: response.headers.get('etag'), body: await response.json() }
  }
  const copy = await read()
  assert.match(copy.etag, /^"[0-9a-f]{32}"$/)
  const first = await amend(copy.etag, 'Tobias was outside alone at nine in the evening.')
  assert.equal(first.status, 200, JSON.stringify(first.body))
  assert.equal(first.etag, (await read()).etag)
  assert.notEqual(first.etag, copy.etag)
  const history = count('record_history')
  const stale = await amend(copy.etag, 'Tobias was outside alone at ten in the evening.')
  assert.equal(stale.status, 412)
  assert.equal(stale.etag, first.etag)
  assert.equal((await read()).body.concern, 'Tobias was outside alone at nine in the evening.')
  assert.equal(count('record_history'), history)
  assert.match(database.sql("SELECT detail FROM access_audit WHERE outcome = 'refused' ORDER BY sequence DESC LIMIT 1"), /^out of date/)
})

test('a manager merges two records of one child, the journeys combine, and the merge can be undone', async () => {
  addUser(database, 'test.manager', 'manager')
  const manager = bearerFor(database, 'test.manager')
  const asManager = async (method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method, headers: { Authorization: manager, 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    })
    return { status: response.status, body: await response.json() }
  }
  const duplicate = await api('POST', '/api/v1/people', { given_name: 'Jaden', family_name: 'Smith', date_of_birth: '2015-05-14' })
  const contact = await api('POST', '/api/v1/contacts', {
    received_at: new Date(Date.now() - 3 * 3600 * 1000).toISOString().slice(0, 16), method: 'email', referrer: { name: 'Dr Green' },
    source: '3A', children: [duplicate.body.id], concern: 'Missed three appointments.', family_agreement: 'not_asked', urgency: 'soon'
  })
  assert.equal(contact.status, 201)

  assert.equal((await api('POST', `/api/v1/people/${duplicate.body.id}/merge`, { into_person_id: 2, reason: 'same child' })).status, 403)
  assert.equal((await asManager('POST', `/api/v1/people/${duplicate.body.id}/merge`, { into_person_id: 2, reason: '' })).status, 422)
  const merged = await asManager('POST', `/api/v1/people/${duplicate.body.id}/merge`, { into_person_id: 2, reason: 'Same child: same date of birth and mother' })
  assert.equal(merged.status, 200)

  const journey = await api('GET', '/api/v1/people/2/journey')
  assert.ok(journey.body.events.some((event) => event.reference === contact.body.reference))
  const search = await api('GET', '/api/v1/people?name=Jaden%20Smith&date_of_birth=2015-05-14')
  assert.deepEqual(search.body.matches.map((match) => match.person.id), [2])
  assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'merge_people'"), /reason: Same child/)

  const unsaid = await asManager('POST', `/api/v1/people/${duplicate.body.id}/unmerge`, {})
  assert.deepEqual(unsaid.body.errors, [{ field: 'reason', message: 'Enter why these are not records of the same person' }])
  assert.equal((await asManager('POST', `/api/v1/people/${duplicate.body.id}/unmerge`, { reason: 'Two boys: their mothers differ' })).status, 200)
  const after = await api('GET', '/api/v1/people/2/journey')
  assert.ok(!after.body.events.some((event) => event.reference === contact.body.reference))
  assert.equal((await asManager('POST', `/api/v1/people/${duplicate.body.id}/unmerge`, { reason: 'Again' })).status, 422)
})

test('paging through 1,000 search results by cursor gives each exactly once', async () => {
  const made = new Set()
  for (let batch = 0; batch < 100; batch++) {
    const answers = await Promise.all(Array.from({ length: 10 }, () =>
      api('POST', '/api/v1/people', { given_name: 'Wren', family_name: 'Quillfeather', date_of_birth: '2016-02-29' })))
    for (const { status, body } of answers) { assert.equal(status, 201); made.add(body.id) }
  }
  assert.equal(made.size, 1000)
  const terms = 'name=Wren%20Quillfeather&date_of_birth=2016-02-29'
  const seen = []
  let cursor = null
  let calls = 0
  do {
    const page = await api('GET', `/api/v1/people?${terms}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    assert.equal(page.status, 200, JSON.stringify(page.body))
    assert.equal(page.body.total, 1000)
    assert.ok(page.body.matches.length <= 100)
    seen.push(...page.body.matches.map((match) => match.person.id))
    cursor = page.body.next_cursor
    calls++
  } while (cursor && calls < 20)
  assert.equal(calls, 10)
  assert.equal(seen.length, 1000)
  assert.deepEqual(new Set(seen), made)

  const first = await api('GET', `/api/v1/people?${terms}`)
  assert.equal(first.body.matches.length, 10)
  const elsewhere = await api('GET', `/api/v1/people?name=Wren%20Quillfeather&cursor=${encodeURIComponent(first.body.next_cursor)}`)
  assert.equal(elsewhere.status, 422)
  assert.equal(elsewhere.body.errors[0].field, 'cursor')
  const tooMany = await api('GET', `/api/v1/people?${terms}&limit=101`)
  assert.equal(tooMany.status, 422)
  assert.equal(tooMany.body.errors[0].field, 'limit')
})
